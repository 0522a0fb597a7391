"use client";

import { ActionForm, SubmitButton, TextareaField, useActionForm } from "@/components/ui/form";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { TrainingReportValues } from "@/lib/rooting/schemas";
import { saveTrainingReport } from "@/lib/rooting/training-actions";

/** The training's report: a summary (which makes it reported), the discussion points, the follow-up. */
export function ReportForm({ defaults, t }: { defaults: TrainingReportValues; t: Dictionary["rooting"] }) {
  const controller = useActionForm(() => import("@/lib/rooting/schemas").then((m) => m.trainingReportSchema), saveTrainingReport, defaults);
  const { form } = controller;
  const initial = (name: keyof TrainingReportValues) => (defaults[name] == null ? "" : String(defaults[name]));
  return (
    <ActionForm controller={controller}>
      <input type="hidden" defaultValue={initial("id")} {...form.register("id")} />
      <TextareaField name="summary" defaultValue={initial("summary")} label={t.record.summary} hint={t.add.reportHint} rows={6} />
      <TextareaField name="discussion" defaultValue={initial("discussion")} label={t.record.discussion} rows={5} />
      <TextareaField name="followUp" defaultValue={initial("followUp")} label={t.record.followUp} rows={4} />
      <SubmitButton pending={controller.pending}>{t.add.report}</SubmitButton>
    </ActionForm>
  );
}
