import { Settings2 } from "lucide-react";
import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { PaperEditor } from "@/components/papers/paper-editor";
import { DueLabel, PaperStatusBadge } from "@/components/papers/paper-status";
import { PaperText } from "@/components/papers/paper-text";
import { ReviewForm } from "@/components/papers/review-form";
import { VersionList } from "@/components/papers/version-list";
import { Alert } from "@/components/ui/alert";
import { CreatedNotice } from "@/components/ui/created-notice";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { workshopHref } from "@/lib/calendar/links";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDate, todayInMorocco, formatList } from "@/lib/i18n/format";
import { paperPage } from "@/lib/papers/page-queries";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.papers.title };
}

/**
 * A working paper: its assignees write it here, the Bureau reviews it here; the workshop's people
 * read its approved text. Anyone else is refused, and a draft session's paper does not exist for them.
 */
export default async function PaperPage({ params, searchParams }: { params: Promise<{ paperId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const viewer = await requirePermission("paper.write");
  const { locale, t } = await getDictionary();
  const paperId = parseId((await params).paperId);
  const { saved } = await searchParams;
  const access = await paperPage(viewer, paperId);
  if (!access) notFound();
  if (access === "forbidden") forbidden();
  const { paper, workshop, session, follows, latest, decision, assignees, versions, shown, editable } = access;
  const workshopLabel = fill(t.papers.workshopLabel, { number: workshop.number, title: workshop.title });

  return (
    <div className="space-y-6">
      <PageHeader
        title={paper.title}
        description={`${session.title} · ${workshopLabel}`}
        crumbs={
          <Breadcrumbs
            label={t.papers.breadcrumbs}
            items={[{ href: "/assignments", label: access.isReviewer ? t.papers.title : t.papers.myAssignments }, { href: workshopHref(session.id, workshop.id), label: workshopLabel }, { label: paper.title }]}
          />
        }
        actions={
          access.isReviewer ? (
            <ButtonLink href={`/assignments/${paperId}/manage`} variant="secondary">
              <Settings2 aria-hidden="true" size={18} />
              {t.papers.panel.manage}
            </ButtonLink>
          ) : null
        }
      />
      {saved === "assigned" ? (
        <CreatedNotice
          message={t.papers.assign.assigned}
          steps={[
            { href: workshopHref(session.id, workshop.id), label: t.created.paper.workshop },
            { href: `/sessions/${session.id}`, label: t.created.paper.session },
          ]}
        />
      ) : null}
      {saved === "updated" ? <Alert tone="success">{t.papers.assign.saved}</Alert> : null}

      <Card>
        <dl className="grid gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-stone-600">{t.papers.columns.status}</dt>
            <dd className="mt-1 flex flex-wrap items-center gap-2" data-testid="paper-status">
              <PaperStatusBadge status={paper.status} t={t.papers} />
            </dd>
          </div>
          <div>
            <dt className="text-stone-600">{t.papers.columns.dueOn}</dt>
            <dd className="mt-1 flex flex-wrap items-center gap-2">
              {formatDate(paper.dueOn, locale)}
              <DueLabel dueOn={paper.dueOn} status={paper.status} today={todayInMorocco()} t={t.papers} locale={locale} />
            </dd>
          </div>
          <div>
            <dt className="text-stone-600">{t.papers.columns.assignees}</dt>
            <dd className="mt-1">{formatList(assignees.map((a) => a.name), locale)}</dd>
          </div>
        </dl>
      </Card>

      {follows && paper.status === "returned" && decision?.comment ? (
        <Alert tone="error">
          <p className="font-semibold">{t.papers.editor.returnedNotice}</p>
          <p className="mt-1 whitespace-pre-line" data-testid="review-comment">
            {decision.comment}
          </p>
        </Alert>
      ) : null}
      {follows && paper.status === "submitted" && access.isAssignee ? <Alert tone="info">{t.papers.editor.readOnlySubmitted}</Alert> : null}
      {paper.status === "approved" ? <Alert tone="success">{t.papers.editor.approvedNotice}</Alert> : null}

      {editable ? (
        <Card>
          <PaperEditor paperId={paperId} version={paper.version} body={latest?.body ?? ""} attachmentName={latest?.attachmentName ?? null} attachmentTooLarge={t.papers.errors.attachmentTooLarge} t={t.papers.editor} />
        </Card>
      ) : shown ? (
        <Card>
          <CardTitle>{paper.status === "approved" ? t.papers.panel.approvedText : t.papers.editor.latestText}</CardTitle>
          <PaperText paperId={paperId} version={shown} t={t.papers} locale={locale} />
        </Card>
      ) : null}

      {access.isReviewer ? (
        <Card>
          <CardTitle>{t.papers.review.title}</CardTitle>
          {paper.status === "submitted" ? <ReviewForm paperId={paperId} t={t.papers.review} confirm={t.confirm} /> : <p className="text-stone-600">{t.papers.review.waiting}</p>}
        </Card>
      ) : null}

      {follows ? (
        <section aria-labelledby="versions" className="space-y-3">
          <h2 id="versions" className="text-lg font-semibold">
            {t.papers.versions.title}
          </h2>
          <VersionList paperId={paperId} rows={versions} locale={locale} t={t.papers.versions} />
        </section>
      ) : null}
    </div>
  );
}
