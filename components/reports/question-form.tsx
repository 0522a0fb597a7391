"use client";

import { ActionForm, CheckboxField, SelectField, SubmitButton, TextareaField, TextField, useActionForm } from "@/components/ui/form";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { addQuestion, updateQuestion } from "@/lib/reports/campaign-question-actions";
import { questionKinds } from "@/lib/reports/values";

/** Adds a question to a draft campaign, or edits one: its text, a help line, its kind, required or not. */
export function QuestionForm({
  mode,
  campaignId,
  question,
  t,
}: {
  mode: "add" | "edit";
  campaignId: number;
  question?: { id: number; kind: "number" | "text"; label: string; help: string | null; required: boolean };
  t: Dictionary["reports"];
}) {
  const q = t.questions;
  const defaults = {
    campaignId: String(campaignId),
    id: question ? String(question.id) : "",
    kind: question?.kind ?? "text",
    label: question?.label ?? "",
    help: question?.help ?? "",
    required: question ? question.required : true,
  };
  const controller = useActionForm(() => import("@/lib/reports/schemas").then((m) => mode === "add" ? m.addQuestionSchema : m.updateQuestionSchema), mode === "add" ? addQuestion : updateQuestion, defaults);
  const { form } = controller;
  return (
    <ActionForm controller={controller}>
      {mode === "add" ? <input type="hidden" {...form.register("campaignId")} /> : <input type="hidden" {...form.register("id")} />}
      <TextField name="label" label={q.label} required maxLength={300} autoComplete="off" />
      <TextareaField name="help" label={q.help} rows={2} maxLength={1000} />
      <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
        <SelectField name="kind" label={q.kind} required options={questionKinds.map((kind) => ({ value: kind, label: t.questionKinds[kind] }))} />
        <div className="pb-2">
          <CheckboxField name="required" label={q.required} />
        </div>
      </div>
      <SubmitButton pending={controller.pending}>{mode === "add" ? q.addButton : q.save}</SubmitButton>
    </ActionForm>
  );
}
