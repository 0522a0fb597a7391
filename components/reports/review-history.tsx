import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { timeline, type ReviewData } from "@/lib/reports/review-queries";

/**
 * The history of a report, newest first: every submitted version (its answers a click away) and
 * every decision of the Bureau with its comments. For the Bureau under the review form, and for
 * the report's officers, from the report page's history (reportPage's `history`).
 */
export async function ReviewHistory({ data }: { data: ReviewData }) {
  const reportId = data.report.id;
  const { locale, t } = await getDictionary();
  const p = t.reports.reviewPanel;
  const labelOf = new Map(data.questions.map((q) => [String(q.id), q.label]));
  const events = timeline(data);
  return (
    <Card aria-labelledby={`history-${reportId}`}>
      <div id={`history-${reportId}`}>
        <CardTitle>{p.history}</CardTitle>
      </div>
      <p className="-mt-2 mb-4 text-sm text-stone-600">{p.historyHint}</p>
      {events.length === 0 ? (
        <p className="text-stone-600">{p.historyEmpty}</p>
      ) : (
        <ol className="space-y-4 border-s-2 border-stone-200 ps-4">
          {events.map((event) =>
            event.kind === "review" ? (
              <li key={`r${event.review.id}`} className="relative">
                <span aria-hidden="true" className={`absolute -start-[1.4rem] top-1.5 size-3 rounded-full ${event.review.decision === "accepted" ? "bg-brand-600" : "bg-amber-500"}`} />
                <p className="flex flex-wrap items-center gap-2 font-medium text-stone-900">
                  <Badge tone={event.review.decision === "accepted" ? "green" : "amber"}>
                    {fill(event.review.decision === "accepted" ? p.acceptedVersion : p.returnedVersion, { version: formatNumber(event.version, locale) })}
                  </Badge>
                  <span className="text-sm font-normal text-stone-600">
                    {formatDateTime(event.at, locale)} — {event.review.reviewerName ?? p.someone}
                  </span>
                </p>
                {event.review.comment ? (
                  <p className="mt-2 rounded-md border-s-4 border-amber-400 bg-amber-50 px-3 py-2 text-stone-900">
                    <span className="font-medium">{p.generalCommentLabel}: </span>
                    {event.review.comment}
                  </p>
                ) : null}
                {Object.keys(event.review.questionComments).length ? (
                  <dl className="mt-2 space-y-2 text-sm">
                    {Object.entries(event.review.questionComments).map(([questionId, comment]) => (
                      <div key={questionId} className="rounded-md bg-stone-50 px-3 py-2">
                        <dt className="font-medium text-stone-800">{labelOf.get(questionId) ?? questionId}</dt>
                        <dd className="text-stone-700">{comment}</dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </li>
            ) : (
              <li key={`s${event.submission.id}`} className="relative">
                <span aria-hidden="true" className="absolute -start-[1.4rem] top-1.5 size-3 rounded-full bg-sky-600" />
                <p className="flex flex-wrap items-center gap-2 font-medium text-stone-900">
                  <Badge tone="blue">{fill(p.submittedVersion, { version: formatNumber(event.version, locale) })}</Badge>
                  <span className="text-sm font-normal text-stone-600">
                    {formatDateTime(event.at, locale)} — {event.submission.savedByName ?? p.someone}
                  </span>
                </p>
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer text-brand-800 underline-offset-4 hover:underline">
                    {fill(p.showAnswers, { version: formatNumber(event.version, locale) })}
                  </summary>
                  <dl className="mt-2 space-y-2">
                    <div>
                      <dt className="font-medium text-stone-800">{p.meetingHeldOn}</dt>
                      <dd>{event.submission.meetingHeldOn ? formatDate(event.submission.meetingHeldOn, locale) : "—"}</dd>
                    </div>
                    <div>
                      <dt className="font-medium text-stone-800">{p.attendance}</dt>
                      <dd>{event.submission.attendance != null ? formatNumber(event.submission.attendance, locale) : "—"}</dd>
                    </div>
                    {data.questions.map((q) => {
                      const value = event.submission.answers[String(q.id)];
                      return (
                        <div key={q.id}>
                          <dt className="font-medium text-stone-800">{q.label}</dt>
                          <dd className="whitespace-pre-line text-stone-700">
                            {value == null || value === "" ? p.noAnswer : typeof value === "number" ? formatNumber(value, locale) : value}
                          </dd>
                        </div>
                      );
                    })}
                  </dl>
                </details>
              </li>
            ),
          )}
        </ol>
      )}
      {data.drafts > 0 ? <p className="mt-4 text-sm text-stone-600">{fill(p.drafts, { count: formatNumber(data.drafts, locale) })}</p> : null}
    </Card>
  );
}
