"use client";

import { useEffect, useRef } from "react";
import { ActionForm, SubmitButton, TextareaField, useActionForm } from "@/components/ui/form";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { addRecommendation, updateRecommendation } from "@/lib/sessions/outcome-actions";
import type { RecommendationFormValues } from "@/lib/sessions/schemas";

/** Adds a recommendation at the end of the workshop's list, or edits one in place. */
export function RecommendationForm({
  mode,
  defaults,
  t,
}: {
  mode: "add" | "edit";
  defaults: RecommendationFormValues;
  t: Dictionary["sessions"]["outcomes"];
}) {
  const controller = useActionForm(() => import("@/lib/sessions/schemas").then((m) => m.recommendationFormSchema), mode === "edit" ? updateRecommendation : addRecommendation, defaults);
  const { form, state } = controller;
  const answered = useRef(state);
  useEffect(() => {
    if (answered.current === state) return;
    answered.current = state;
    if (mode === "add" && state.ok) form.reset({ workshopId: defaults.workshopId, text: "" });
  }, [state, mode, form, defaults.workshopId]);
  return (
    <ActionForm controller={controller} successMessage={mode === "add" ? t.recommendationAdded : undefined}>
      {mode === "edit" ? (
        <input type="hidden" defaultValue={String(defaults.id ?? "")} {...form.register("id")} />
      ) : (
        <input type="hidden" defaultValue={String(defaults.workshopId ?? "")} {...form.register("workshopId")} />
      )}
      <TextareaField name="text" defaultValue={String(defaults.text ?? "")} label={t.recommendationText} required rows={3} />
      <SubmitButton pending={controller.pending}>{mode === "add" ? t.addRecommendation : t.save}</SubmitButton>
    </ActionForm>
  );
}
