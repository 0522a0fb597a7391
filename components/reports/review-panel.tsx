import { Card, CardTitle } from "@/components/ui/card";
import { fill, getDictionary } from "@/lib/i18n";
import type { ReviewData } from "@/lib/reports/review-queries";
import { ReviewHistory } from "./review-history";
import { ReviewPanelForm } from "./review-panel-form-lazy";

function preview(value: string | number | null | undefined): string | null {
  if (value == null || value === "") return null;
  const text = String(value).replace(/\s+/g, " ").trim();
  return text.length > 140 ? `${text.slice(0, 140)}…` : text;
}

/**
 * Under a report, for the Bureau: the decision on a submitted report (accept, or return with a
 * general comment and comments by question), then the report's whole history. `data` is the
 * report page's history (reportPage in lib/reports/report-page-queries.ts).
 */
export async function ReviewPanel({ data }: { data: ReviewData }) {
  const { t } = await getDictionary();
  const p = t.reports.reviewPanel;
  return (
    <div className="space-y-6">
      <Card aria-labelledby="review-panel-title">
        <div id="review-panel-title">
          <CardTitle>{p.title}</CardTitle>
        </div>
        {/* always mounted, so that the decision's message stays once the report has moved on */}
        <ReviewPanelForm
          reportId={data.report.id}
          version={data.report.version}
          reviewable={data.report.status === "submitted"}
          statusNote={fill(p.notReviewable, { status: t.reports.reportStatuses[data.report.status] })}
          questions={data.questions.map((q) => ({ id: q.id, label: q.label, answer: preview(data.report.answers[String(q.id)]) }))}
          t={p}
          confirm={t.confirm}
        />
      </Card>
      <ReviewHistory data={data} />
    </div>
  );
}
