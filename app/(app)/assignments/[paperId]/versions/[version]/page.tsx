import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { PaperText } from "@/components/papers/paper-text";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { paperVersionPage } from "@/lib/papers/page-queries";
import { parseId } from "@/lib/params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.papers.versions.title };
}

/** One kept version, as it was saved, for the assignees and the Bureau. */
export default async function PaperVersionPage({ params }: { params: Promise<{ paperId: string; version: string }> }) {
  const viewer = await requirePermission("paper.write");
  const { locale, t } = await getDictionary();
  const { paperId: rawId, version: rawVersion } = await params;
  const paperId = parseId(rawId);
  const number = parseId(rawVersion);
  const access = await paperVersionPage(viewer, paperId, number);
  if (!access) notFound();
  if (access === "forbidden") forbidden();
  const { version } = access;
  const title = fill(t.papers.versions.versionTitle, { version: number });

  return (
    <div className="space-y-6">
      <PageHeader
        title={`${access.paper.title} — ${title}`}
        description={fill(t.papers.versions.byOn, { author: version.authorName ?? "—", date: formatDateTime(version.createdAt, locale) })}
        crumbs={
          <Breadcrumbs
            label={t.papers.breadcrumbs}
            items={[{ href: "/assignments", label: t.papers.title }, { href: `/assignments/${paperId}`, label: access.paper.title }, { label: title }]}
          />
        }
      />
      <div className="flex flex-wrap gap-2">
        {version.submitted ? <Badge tone="amber">{t.papers.versions.submitted}</Badge> : <Badge>{t.papers.versions.draft}</Badge>}
        {version.decision ? <Badge tone={version.decision === "approved" ? "green" : "red"}>{t.papers.versions.decisions[version.decision]}</Badge> : null}
      </div>
      {version.decision && version.reviewedAt ? (
        <Alert tone={version.decision === "approved" ? "success" : "error"}>
          <p>{fill(t.papers.versions.reviewedBy, { reviewer: version.reviewerName ?? "—", date: formatDateTime(version.reviewedAt, locale) })}</p>
          {version.reviewComment ? <p className="mt-1 whitespace-pre-line">{version.reviewComment}</p> : null}
        </Alert>
      ) : null}
      <Card>
        <PaperText paperId={paperId} version={version} t={t.papers} locale={locale} />
      </Card>
    </div>
  );
}
