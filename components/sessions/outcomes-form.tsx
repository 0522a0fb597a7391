"use client";

import { ActionForm, SubmitButton, TextareaField, useActionForm } from "@/components/ui/form";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { saveSessionOutcomes } from "@/lib/sessions/outcome-actions";
import type { SessionOutcomesValues } from "@/lib/sessions/schemas";

/** The Bureau's final statement and minutes, as plain text. */
export function OutcomesForm({ defaults, t }: { defaults: SessionOutcomesValues; t: Dictionary["sessions"]["outcomes"] }) {
  const controller = useActionForm(() => import("@/lib/sessions/schemas").then((m) => m.sessionOutcomesSchema), saveSessionOutcomes, defaults);
  const { form } = controller;
  return (
    <ActionForm controller={controller}>
      <input type="hidden" defaultValue={String(defaults.id)} {...form.register("id")} />
      <TextareaField name="finalStatement" defaultValue={String(defaults.finalStatement ?? "")} label={t.finalStatement} rows={10} />
      <TextareaField name="minutes" defaultValue={String(defaults.minutes ?? "")} label={t.minutes} rows={14} />
      <SubmitButton pending={controller.pending}>{t.save}</SubmitButton>
    </ActionForm>
  );
}
