import { FileText } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { formatDate, formatList } from "@/lib/i18n/format";
import { canFollowPaper } from "@/lib/papers/access";
import { workshopPaperFor } from "@/lib/papers/queries";
import { can } from "@/lib/permissions";
import { PaperStatusBadge } from "./paper-status";
import { PaperText } from "./paper-text";

/**
 * The workshop's working paper as its page shows it: status, due date and assignees for all; the
 * approved text for the workshop's people, its assignees and the Bureau; links to manage and review
 * for the Bureau.
 */
export async function WorkshopPaperPanel({ workshopId, viewer }: { workshopId: number; viewer: CurrentUser }) {
  const [{ locale, t }, found] = await Promise.all([getDictionary(), workshopPaperFor(viewer, workshopId)]);
  if (!found) return null;
  const p = t.papers;
  const manager = can(viewer, "session.manage");

  if (!found.access) {
    return (
      <Card aria-labelledby={`paper-${workshopId}`}>
        <h2 id={`paper-${workshopId}`} className="mb-3 text-lg font-semibold text-stone-900">
          {p.panel.title}
        </h2>
        <p className="text-stone-700">{p.panel.notAssigned}</p>
        {manager ? (
          <ButtonLink href={`/assignments/new?workshop=${workshopId}`} className="mt-3">
            {p.panel.assign}
          </ButtonLink>
        ) : null}
      </Card>
    );
  }

  const { access, assignees, approved } = found;
  const { paper } = access;
  const follows = canFollowPaper(access);
  return (
    <Card aria-labelledby={`paper-${workshopId}`}>
      <CardTitle action={<PaperStatusBadge status={paper.status} t={p} />}>
        <span id={`paper-${workshopId}`} className="flex items-center gap-2">
          <FileText aria-hidden="true" size={20} />
          {p.panel.title}: {paper.title}
        </span>
      </CardTitle>
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div className="flex gap-1">
          <dt className="text-stone-600">{p.columns.dueOn}:</dt>
          <dd>{formatDate(paper.dueOn, locale)}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-stone-600">{p.columns.assignees}:</dt>
          <dd>{formatList(assignees.map((a) => a.name), locale)}</dd>
        </div>
      </dl>
      {approved ? (
        <div className="mt-4 border-t border-stone-200 pt-4">
          <h3 className="mb-2 font-semibold">{p.panel.approvedText}</h3>
          <PaperText paperId={paper.id} version={approved} t={p} locale={locale} />
        </div>
      ) : paper.status !== "approved" && !follows ? (
        <p className="mt-3 text-sm text-stone-600">{p.panel.notYetApproved}</p>
      ) : null}
      {follows ? (
        <div className="mt-4 flex flex-wrap gap-2">
          <ButtonLink href={`/assignments/${paper.id}`} size="sm">
            {access.isReviewer && paper.status === "submitted" ? p.panel.review : p.panel.open}
          </ButtonLink>
          {manager ? (
            <ButtonLink href={`/assignments/${paper.id}/manage`} variant="secondary" size="sm">
              {p.panel.manage}
            </ButtonLink>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
