"use client";

import { useEffect, useRef } from "react";
import { ActionForm, SubmitButton, TextareaField, TextField, useActionForm } from "@/components/ui/form";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { addAgendaItem, updateAgendaItem } from "@/lib/sessions/agenda-actions";
import type { AgendaItemFormValues } from "@/lib/sessions/schemas";

/** Adds an item at the end of an agenda, or edits one in place. */
export function AgendaItemForm({ mode, defaults, t }: { mode: "add" | "edit"; defaults: AgendaItemFormValues; t: Dictionary["sessions"]["agenda"] }) {
  const initial = (name: keyof AgendaItemFormValues) => (defaults[name] == null ? "" : String(defaults[name]));
  const controller = useActionForm(() => import("@/lib/sessions/schemas").then((m) => m.agendaItemFormSchema), mode === "edit" ? updateAgendaItem : addAgendaItem, defaults);
  const { form, state } = controller;

  // after an item is added, the form is ready for the next one (once per answer)
  const answered = useRef(state);
  useEffect(() => {
    if (answered.current === state) return;
    answered.current = state;
    if (mode === "add" && state.ok) form.reset({ title: "", startTime: "", durationMinutes: "", speaker: "", notes: "", owner: defaults.owner, ownerId: defaults.ownerId });
  }, [state, mode, form, defaults.owner, defaults.ownerId]);

  return (
    <ActionForm controller={controller} successMessage={mode === "add" ? t.added : undefined}>
      {mode === "edit" ? (
        <input type="hidden" defaultValue={initial("id")} {...form.register("id")} />
      ) : (
        <>
          <input type="hidden" defaultValue={initial("owner")} {...form.register("owner")} />
          <input type="hidden" defaultValue={initial("ownerId")} {...form.register("ownerId")} />
        </>
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField name="title" defaultValue={initial("title")} label={t.itemTitle} required autoComplete="off" />
        </div>
        <TextField name="startTime" defaultValue={initial("startTime")} label={t.startTime} type="time" dir="ltr" />
        <TextField name="durationMinutes" defaultValue={initial("durationMinutes")} label={t.duration} hint={t.durationHint} type="number" min={1} inputMode="numeric" dir="ltr" />
        <div className="sm:col-span-2">
          <TextField name="speaker" defaultValue={initial("speaker")} label={t.speaker} autoComplete="off" />
        </div>
        <div className="sm:col-span-2">
          <TextareaField name="notes" defaultValue={initial("notes")} label={t.notes} rows={2} />
        </div>
      </div>
      <SubmitButton pending={controller.pending}>{mode === "add" ? t.add : t.save}</SubmitButton>
    </ActionForm>
  );
}
