import { Badge } from "@/components/ui/badge";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { deleteQuestion, moveQuestion } from "@/lib/reports/campaign-question-actions";
import type { QuestionRow } from "@/lib/reports/queries";
import { PlainDeleteButton } from "@/components/ui/plain-action-form";
import { ReorderableList } from "@/components/ui/reorderable-list-lazy";
import { QuestionForm } from "./question-form-lazy";

function QuestionSummary({ question, t }: { question: QuestionRow; t: Dictionary["reports"] }) {
  const q = t.questions;
  return (
    <div className="min-w-0 space-y-1">
      <p className="font-medium text-stone-900">{question.label}</p>
      {question.help ? <p className="text-sm text-stone-600">{question.help}</p> : null}
      <div className="flex flex-wrap gap-1.5">
        <Badge tone={question.kind === "number" ? "blue" : "neutral"}>{t.questionKinds[question.kind]}</Badge>
        <Badge tone={question.required ? "amber" : "neutral"}>{question.required ? q.requiredBadge : q.optionalBadge}</Badge>
      </div>
    </div>
  );
}

/** The campaign's questions in order; while the campaign is a draft: reorder, edit, delete, add. */
export function QuestionEditor({ campaignId, questions, editable, t }: { campaignId: number; questions: QuestionRow[]; editable: boolean; t: Dictionary["reports"] }) {
  const q = t.questions;
  return (
    <div className="space-y-5">
      {!editable ? <p className="text-sm text-stone-600">{q.locked}</p> : null}
      {questions.length && editable ? (
        <ReorderableList
          move={moveQuestion}
          labels={{ caption: q.caption, up: q.up, down: q.down, moved: q.moved }}
          items={questions.map((question) => ({
            id: question.id,
            name: question.label,
            moveUp: fill(q.moveUp, { label: question.label }),
            moveDown: fill(q.moveDown, { label: question.label }),
            content: <QuestionSummary question={question} t={t} />,
            actions: <PlainDeleteButton action={deleteQuestion} id={question.id} label={fill(q.delete, { label: question.label })} text={q.remove} />,
            below: (
              <details className="rounded-lg bg-stone-50 px-3 py-2">
                <summary className="cursor-pointer text-sm font-medium text-brand-800">
                  {q.edit}
                  <span className="sr-only"> — {question.label}</span>
                </summary>
                <div className="pt-3">
                  <QuestionForm mode="edit" campaignId={campaignId} question={question} t={t} />
                </div>
              </details>
            ),
          }))}
        />
      ) : questions.length ? (
        <ol className="divide-y divide-stone-100 rounded-xl border border-stone-200" aria-label={q.caption}>
          {questions.map((question, i) => (
            <li key={question.id} className="flex gap-3 p-3 sm:p-4">
              <span aria-hidden="true" className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-50 text-xs font-semibold text-brand-800 tabular-nums">
                {i + 1}
              </span>
              <QuestionSummary question={question} t={t} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-stone-600">{q.empty}</p>
      )}
      {editable ? (
        <section aria-labelledby="question-add" className="rounded-xl border border-dashed border-stone-300 p-4">
          <h3 id="question-add" className="mb-3 font-semibold text-stone-900">
            {q.add}
          </h3>
          <QuestionForm key={questions.length} mode="add" campaignId={campaignId} t={t} />
        </section>
      ) : null}
    </div>
  );
}
