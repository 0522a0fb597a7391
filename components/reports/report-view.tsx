import { Card, CardTitle } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDate, formatNumber, plural } from "@/lib/i18n/format";
import type { ReportDetail } from "@/lib/reports/queries";

/** A report as it was last saved, for whoever may read it but not write it now. */
export function ReportView({ detail, locale, t }: { detail: ReportDetail; locale: Locale; t: Dictionary["reports"] }) {
  const { report, questions } = detail;
  const answer = (id: number) => report.answers[String(id)];
  const numbers = questions.filter((q) => q.kind === "number");
  const texts = questions.filter((q) => q.kind === "text");
  const comments = detail.lastReview?.decision === "returned" ? detail.lastReview.questionComments : {};
  const none = <span className="text-stone-500">{t.view.noAnswer}</span>;
  const comment = (id: number) =>
    comments[String(id)] ? (
      <p className="mt-2 rounded-md border-s-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">
        <span className="font-medium">{t.filing.questionComment}: </span>
        {comments[String(id)]}
      </p>
    ) : null;
  return (
    <div className="space-y-5">
      <Card>
        <CardTitle>{t.view.meeting}</CardTitle>
        {report.meetingHeldOn ? (
          <p>
            {fill(t.view.meetingHeldOn, { date: formatDate(report.meetingHeldOn, locale) })}
            {report.attendance != null ? <> — {plural(report.attendance, t.view.attendance, locale)}</> : null}
          </p>
        ) : (
          <p className="text-stone-600">{t.view.noMeeting}</p>
        )}
      </Card>
      {numbers.length ? (
        <Card>
          <CardTitle>{t.filing.figuresTitle}</CardTitle>
          <dl className="grid gap-3 sm:grid-cols-2">
            {numbers.map((q) => {
              const value = answer(q.id);
              return (
                <div key={q.id} className="rounded-lg bg-stone-50 p-3">
                  <dt className="text-sm text-stone-600">{q.label}</dt>
                  <dd className="mt-1 text-xl font-bold text-brand-800 tabular-nums">{typeof value === "number" ? formatNumber(value, locale) : none}</dd>
                  {comment(q.id)}
                </div>
              );
            })}
          </dl>
        </Card>
      ) : null}
      {texts.length ? (
        <Card>
          <CardTitle>{t.filing.narrativeTitle}</CardTitle>
          <dl className="space-y-5">
            {texts.map((q) => {
              const value = answer(q.id);
              return (
                <div key={q.id}>
                  <dt className="font-semibold text-stone-900">{q.label}</dt>
                  <dd className="mt-1 leading-8 whitespace-pre-wrap text-stone-800" dir="auto">
                    {typeof value === "string" && value.trim() ? value : none}
                  </dd>
                  {comment(q.id)}
                </div>
              );
            })}
          </dl>
        </Card>
      ) : null}
    </div>
  );
}
