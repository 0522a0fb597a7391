"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { deferred } from "@/components/ui/deferred";
import { buttonClass } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextareaField, TextField } from "@/components/ui/form";
import type { Locale } from "@/lib/i18n/config";
import { type Dictionary } from "@/lib/i18n/dictionary";
import { plural } from "@/lib/i18n/intl";
import { daysLate } from "@/lib/reports/deadline";
import { answerField, MAX_ANSWER_CHARS } from "@/lib/reports/values";
import { SaveStatusLine } from "./save-status-line";
import { useReportAutosave, type ServerState } from "./use-report-autosave";

export interface FormQuestion {
  id: number;
  kind: "number" | "text";
  label: string;
  help: string | null;
  required: boolean;
}

/**
 * The officer's report: a form generated from the campaign's questions, saved by itself (see
 * useReportAutosave), checked for required answers only when sent, and sent after a confirmation.
 */
// shown only when a save meets a newer version: fetched then
const ConflictPanel = deferred(() => import("./conflict-panel").then((m) => m.ConflictPanel));

let submissionSchemaModule: Promise<typeof import("@/lib/reports/schemas")> | null = null;
const loadSubmissionSchema = () => (submissionSchemaModule ??= import("@/lib/reports/schemas")).then((m) => m.submissionSchema);

export function ReportForm({
  reportId,
  saveUrl,
  deadline,
  questions,
  server,
  questionComments,
  now,
  locale,
  t,
}: {
  reportId: number;
  saveUrl: string;
  deadline: string;
  /** The server's instant (ISO) when it drew the page: lateness is the server's call, not the browser clock's. */
  now: string;
  questions: FormQuestion[];
  server: ServerState;
  questionComments: Record<string, string>;
  locale: Locale;
  t: Dictionary["reports"];
}) {
  const f = t.filing;
  const router = useRouter();
  const form = useForm<Record<string, string>>({ defaultValues: server.values });
  const autosave = useReportAutosave({ reportId, saveUrl, questions, server, form });
  const [asking, setAsking] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const numbers = questions.filter((q) => q.kind === "number");
  const texts = questions.filter((q) => q.kind === "text");
  const late = daysLate(deadline, new Date(now));

  // the submission's checks (zod) arrive after the page: fetched once the form is on screen
  useEffect(() => void loadSubmissionSchema(), []);

  async function askToSubmit() {
    setProblem(null);
    form.clearErrors();
    const submissionSchema = await loadSubmissionSchema();
    const checked = submissionSchema(questions).safeParse(form.getValues());
    if (!checked.success) {
      const fields = [...new Set(checked.error.issues.map((issue) => String(issue.path[0])))];
      for (const issue of checked.error.issues) form.setError(String(issue.path[0]), { type: "submit", message: issue.message });
      setProblem(f.invalid);
      form.setFocus(fields[0]);
      return;
    }
    setAsking(true);
  }

  async function send() {
    setSending(true);
    const answer = await autosave.submit();
    setSending(false);
    setAsking(false);
    if (!answer) return setProblem(f.offlineSubmit);
    if (answer.ok) return router.refresh();
    if (answer.fieldErrors?.version) return;
    for (const [field, message] of Object.entries(answer.fieldErrors ?? {})) form.setError(field, { type: "server", message });
    setProblem(answer.message ?? f.invalid);
  }

  const comment = (id: number) =>
    questionComments[String(id)] ? (
      <p className="rounded-md border-s-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">
        <span className="font-medium">{f.questionComment}: </span>
        {questionComments[String(id)]}
      </p>
    ) : null;

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(event) => event.preventDefault()} className="space-y-5">
        {autosave.conflict || autosave.status === "conflict" ? (
          <ConflictPanel
            conflict={autosave.conflict}
            mine={form.getValues()}
            fields={[
              { name: "meetingHeldOn", label: f.meetingHeldOn },
              { name: "attendance", label: f.attendance },
              ...questions.map((q) => ({ name: answerField(q.id), label: q.label })),
            ]}
            locale={locale}
            sentence={t.errors.conflict}
            cancelLabel={f.cancel}
            t={f.conflict}
            onKeepMine={autosave.keepMine}
            onTakeTheirs={autosave.takeTheirs}
          />
        ) : null}
        {autosave.restored && autosave.status !== "conflict" ? <Alert tone="info">{f.saveState.restored}</Alert> : null}
        <div aria-live="polite" className="empty:hidden">
          {problem ? <Alert tone="error">{problem}</Alert> : null}
        </div>

        <Card>
          <CardTitle>{f.meetingTitle}</CardTitle>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="meetingHeldOn" label={f.meetingHeldOn} type="date" required dir="ltr" className="max-w-56" />
            <TextField name="attendance" label={f.attendance} type="number" inputMode="numeric" min={0} step={1} required dir="ltr" className="max-w-40" />
          </div>
        </Card>

        <Card>
          <CardTitle>{f.figuresTitle}</CardTitle>
          {numbers.length ? (
            <div className="grid gap-4 sm:grid-cols-2">
              {numbers.map((q) => (
                <div key={q.id} className="space-y-2">
                  <TextField
                    name={answerField(q.id)}
                    label={q.label}
                    hint={q.help ?? undefined}
                    required={q.required}
                    type="number"
                    inputMode="decimal"
                    min={0}
                    step="any"
                    dir="ltr"
                    className="max-w-48"
                  />
                  {comment(q.id)}
                </div>
              ))}
            </div>
          ) : (
            <p className="text-sm text-stone-600">{f.noFigures}</p>
          )}
        </Card>

        {texts.length ? (
          <Card>
            <CardTitle>{f.narrativeTitle}</CardTitle>
            <div className="space-y-5">
              {texts.map((q) => (
                <div key={q.id} className="space-y-2">
                  <TextareaField name={answerField(q.id)} label={q.label} hint={q.help ?? undefined} required={q.required} rows={6} maxLength={MAX_ANSWER_CHARS} dir="auto" />
                  {comment(q.id)}
                </div>
              ))}
            </div>
          </Card>
        ) : null}

        <div data-sticky-actions className="sticky bottom-0 z-10 -mx-3 flex flex-col gap-3 border-t border-stone-200 bg-white/95 px-3 py-3 backdrop-blur sm:mx-0 sm:flex-row sm:items-center sm:justify-between sm:rounded-xl sm:border">
          <SaveStatusLine status={autosave.status} savedAt={autosave.savedAt} message={autosave.message} locale={locale} t={f.saveState} />
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={() => void autosave.flush()} disabled={autosave.status === "conflict"} className={buttonClass("secondary", "md", "disabled:opacity-50")}>
              {f.saveNow}
            </button>
            <button type="button" onClick={() => void askToSubmit()} disabled={sending || autosave.status === "conflict"} className={buttonClass("primary", "md")}>
              {sending ? f.submitting : f.submit}
            </button>
          </div>
        </div>
      </form>
      <ConfirmDialog
        open={asking}
        title={f.confirmTitle}
        confirmLabel={sending ? f.submitting : f.confirm}
        cancelLabel={f.cancel}
        pending={sending}
        onConfirm={() => void send()}
        onCancel={() => setAsking(false)}
      >
        <p>{f.confirmBody}</p>
        {late > 0 ? <p className="font-medium text-accent-600">{plural(late, f.confirmLate, locale)}</p> : null}
      </ConfirmDialog>
    </FormProvider>
  );
}
