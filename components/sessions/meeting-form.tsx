"use client";

import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { ActionForm, SelectField, SubmitButton, TextareaField, TextField, useActionForm } from "@/components/ui/form";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { createThematicMeeting, updateThematicMeeting } from "@/lib/sessions/meeting-actions";
import type { MeetingFormValues } from "@/lib/sessions/schemas";
import { meetingStatuses } from "@/lib/sessions/values";

/** A preparatory thematic meeting: its day and time are on Moroccan clocks. */
export function MeetingForm({ mode, defaults, cancelHref, t }: { mode: "create" | "edit"; defaults: MeetingFormValues; cancelHref: string; t: Dictionary["sessions"]["meetings"] }) {
  const initial = (name: keyof MeetingFormValues) => (defaults[name] == null ? "" : String(defaults[name]));
  const controller = useActionForm(() => import("@/lib/sessions/schemas").then((m) => m.meetingFormSchema), mode === "edit" ? updateThematicMeeting : createThematicMeeting, defaults);
  const { form } = controller;
  return (
    <ActionForm controller={controller}>
      {mode === "edit" ? <input type="hidden" defaultValue={initial("id")} {...form.register("id")} /> : <input type="hidden" defaultValue={initial("sessionId")} {...form.register("sessionId")} />}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField name="city" defaultValue={initial("city")} label={t.city} required autoComplete="off" />
        <SelectField name="status" defaultValue={initial("status")} label={t.status} required options={meetingStatuses.map((s) => ({ value: s, label: t.statuses[s] }))} />
        <TextField name="date" defaultValue={initial("date")} label={t.date} required type="date" dir="ltr" />
        <TextField name="time" defaultValue={initial("time")} label={t.time} hint={t.timeHint} required type="time" dir="ltr" />
        <div className="sm:col-span-2">
          <TextField name="theme" defaultValue={initial("theme")} label={t.theme} required autoComplete="off" />
        </div>
        <TextField name="venue" defaultValue={initial("venue")} label={t.venue} autoComplete="off" />
        <TextareaField name="speakers" defaultValue={initial("speakers")} label={t.speakers} rows={2} />
      </div>
      <div className="flex flex-wrap gap-2 border-t border-stone-200 pt-5">
        <SubmitButton pending={controller.pending}>{mode === "edit" ? t.save : t.create}</SubmitButton>
        <Link href={cancelHref} className={buttonClass("secondary", "md")}>
          {t.cancel}
        </Link>
      </div>
    </ActionForm>
  );
}
