"use client";

import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { ActionForm, SubmitButton, TextareaField, TextField, useActionForm } from "@/components/ui/form";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { WorkshopFormValues } from "@/lib/sessions/schemas";
import { createWorkshop, updateWorkshop } from "@/lib/sessions/workshop-actions";
import { MemberPicker, type MemberPickerLabels } from "@/components/members/member-picker";

type Person = { id: number; name: string } | null;

/** A workshop's theme, questions, time, room and the two people who run it. */
export function WorkshopForm({
  mode,
  defaults,
  people,
  range,
  cancelHref,
  t,
  picker,
}: {
  mode: "create" | "edit";
  defaults: WorkshopFormValues;
  people: { facilitator: Person; rapporteur: Person };
  range: { min: string; max: string };
  cancelHref: string;
  t: Dictionary["sessions"]["workshop"];
  picker: MemberPickerLabels;
}) {
  const initial = (name: keyof WorkshopFormValues) => (defaults[name] == null ? "" : String(defaults[name]));
  const controller = useActionForm(() => import("@/lib/sessions/schemas").then((m) => m.workshopFormSchema), mode === "edit" ? updateWorkshop : createWorkshop, defaults);
  const { form } = controller;
  return (
    <ActionForm controller={controller}>
      {mode === "edit" ? <input type="hidden" defaultValue={initial("id")} {...form.register("id")} /> : <input type="hidden" defaultValue={initial("sessionId")} {...form.register("sessionId")} />}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField name="number" defaultValue={initial("number")} label={t.number} required type="number" min={1} inputMode="numeric" dir="ltr" />
        <TextField name="title" defaultValue={initial("title")} label={t.title} required autoComplete="off" />
        <div className="sm:col-span-2">
          <TextareaField name="theme" defaultValue={initial("theme")} label={t.theme} rows={2} />
        </div>
        <div className="sm:col-span-2">
          <TextareaField name="questions" defaultValue={initial("questions")} label={t.questions} hint={t.questionsHint} rows={4} />
        </div>
        <TextField name="date" defaultValue={initial("date")} label={t.date} required type="date" min={range.min} max={range.max} dir="ltr" />
        <div className="grid grid-cols-2 gap-4">
          <TextField name="startTime" defaultValue={initial("startTime")} label={t.startTime} required type="time" dir="ltr" />
          <TextField name="endTime" defaultValue={initial("endTime")} label={t.endTime} required type="time" dir="ltr" />
        </div>
        <TextField name="room" defaultValue={initial("room")} label={t.room} autoComplete="off" />
        <TextField name="capacity" defaultValue={initial("capacity")} label={t.capacity} hint={t.capacityHint} type="number" min={1} inputMode="numeric" dir="ltr" />
        <MemberPicker name="facilitatorId" purpose="session" label={t.facilitator} initial={people.facilitator} labels={picker} />
        <MemberPicker name="rapporteurId" purpose="session" label={t.rapporteur} initial={people.rapporteur} labels={picker} />
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
