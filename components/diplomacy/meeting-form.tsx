"use client";

import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { ActionForm, SelectField, SubmitButton, TextareaField, TextField, useActionForm } from "@/components/ui/form";
import { createMeeting, updateMeeting } from "@/lib/diplomacy/actions";
import type { MeetingFormValues } from "@/lib/diplomacy/schemas";
import { meetingPlaces } from "@/lib/diplomacy/values";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { PartyPicker, type PartyPickerLabels, type PickableParty } from "./party-picker";

/** A visit received at headquarters or paid abroad: who met whom, about what, and what came of it. */
export function MeetingForm({
  mode,
  defaults,
  parties,
  cancelHref,
  t,
  pickerLabels,
}: {
  mode: "create" | "edit";
  defaults: MeetingFormValues & { partyIds: string[] };
  parties: PickableParty[];
  cancelHref: string;
  t: Dictionary["diplomacy"]["meetings"];
  pickerLabels: PartyPickerLabels;
}) {
  const initial = (name: keyof MeetingFormValues) => (defaults[name] == null ? "" : String(defaults[name]));
  const controller = useActionForm(() => import("@/lib/diplomacy/schemas").then((m) => m.meetingFormSchema), mode === "edit" ? updateMeeting : createMeeting, defaults);
  const { form } = controller;
  const labels = t.form;
  return (
    <ActionForm controller={controller}>
      {mode === "edit" ? <input type="hidden" defaultValue={initial("id")} {...form.register("id")} /> : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField name="date" defaultValue={initial("date")} label={labels.date} required type="date" dir="ltr" />
        <SelectField name="where" defaultValue={initial("where")} label={labels.where} required options={meetingPlaces.map((w) => ({ value: w, label: t.where[w] }))} />
        <div className="sm:col-span-2">
          <TextField name="place" defaultValue={initial("place")} label={labels.place} hint={labels.placeHint} required autoComplete="off" />
        </div>
        <div className="sm:col-span-2">
          <PartyPicker parties={parties} initial={defaults.partyIds.map(Number)} labels={pickerLabels} />
        </div>
        <TextareaField name="ourParticipants" defaultValue={initial("ourParticipants")} label={labels.ourParticipants} hint={labels.participantsHint} rows={4} dir="auto" />
        <TextareaField name="theirParticipants" defaultValue={initial("theirParticipants")} label={labels.theirParticipants} hint={labels.participantsHint} rows={4} dir="auto" />
        <div className="sm:col-span-2">
          <TextareaField name="topics" defaultValue={initial("topics")} label={labels.topics} rows={3} />
        </div>
        <div className="sm:col-span-2">
          <TextareaField name="outcome" defaultValue={initial("outcome")} label={labels.outcome} rows={3} />
        </div>
      </div>
      <div className="flex flex-wrap gap-2 border-t border-stone-200 pt-5">
        <SubmitButton pending={controller.pending}>{mode === "edit" ? labels.save : labels.create}</SubmitButton>
        <Link href={cancelHref} className={buttonClass("secondary", "md")}>
          {labels.cancel}
        </Link>
      </div>
    </ActionForm>
  );
}
