import { Download, Pencil, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DetailList, Lines, Section } from "@/components/diplomacy/detail-list";
import { FollowUpList } from "@/components/diplomacy/follow-up-list";
import { CreatedNotice } from "@/components/ui/created-notice";
import { firstParam } from "@/lib/validation";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { findAgreement } from "@/lib/diplomacy/agreement-queries";
import { countryName } from "@/lib/diplomacy/countries";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDate, formatNumber, todayInMorocco } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";
import { parseId } from "@/lib/params";
import { nameIn } from "@/lib/i18n/names";

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<{ created?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requirePermission("diplomacy.read");
  const { t } = await getDictionary();
  const agreement = await findAgreement(viewer, parseId((await params).id));
  return { title: agreement?.title ?? t.diplomacy.agreements.title };
}

export default async function AgreementPage({ params, searchParams }: Props) {
  const viewer = await requirePermission("diplomacy.read");
  const { locale, t } = await getDictionary();
  const agreement = await findAgreement(viewer, parseId((await params).id));
  if (!agreement) notFound();
  const d = t.diplomacy;
  const a = d.agreements.detail;
  const canManage = can(viewer, "diplomacy.manage");
  const base = `/diplomacy/agreements/${agreement.id}`;
  const justCreated = canManage ? firstParam((await searchParams)?.created) : undefined;

  return (
    <div className="space-y-8">
      <PageHeader
        crumbs={<Breadcrumbs label={d.breadcrumbs} items={[{ href: "/diplomacy", label: d.title }, { href: "/diplomacy/agreements", label: d.agreements.title }, { label: agreement.title }]} />}
        title={agreement.title}
        description={fill(a.signed, { date: formatDate(agreement.signedOn, locale) })}
        actions={
          canManage ? (
            <ButtonLink href={`${base}/edit`} variant="secondary">
              <Pencil aria-hidden="true" size={18} />
              {d.agreements.edit}
            </ButtonLink>
          ) : null
        }
      />
      {justCreated === "agreement" ? (
        <CreatedNotice
          message={t.created.agreement.done}
          steps={[
            { href: `${base}/follow-ups/new`, label: t.created.agreement.firstFollowUp },
            { href: "/diplomacy/agreements", label: t.created.agreement.back },
          ]}
        />
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <DetailList
            items={[
              {
                label: a.parties,
                value: (
                  <ul className="space-y-1">
                    {agreement.parties.map((p) => (
                      <li key={p.id}>
                        <Link href={`/diplomacy/parties/${p.id}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                          {nameIn(locale, p.nameAr, p.nameOriginal)}
                        </Link>{" "}
                        <span className="text-sm text-stone-600">({countryName(p.country, locale)})</span>
                      </li>
                    ))}
                  </ul>
                ),
              },
              { label: a.place, value: agreement.place ?? d.none },
              { label: a.duration, value: agreement.durationMonths ? fill(a.months, { count: formatNumber(agreement.durationMonths, locale) }) : a.openEnded },
              {
                label: a.document,
                value: agreement.documentName ? (
                  <a href={`${base}/document`} className={buttonClass("secondary", "sm", "max-w-full")}>
                    <Download aria-hidden="true" size={16} />
                    <span className="truncate">{fill(a.download, { name: agreement.documentName })}</span>
                  </a>
                ) : (
                  <span className="text-stone-600">{a.noDocument}</span>
                ),
              },
              { label: d.notes, value: agreement.notes ?? d.none },
            ]}
          />
        </Card>
        <Card aria-labelledby="signatories">
          <h2 id="signatories" className="mb-2 font-semibold text-stone-900">
            {a.signatories}
          </h2>
          <Lines items={agreement.signatories} empty={d.none} />
        </Card>
      </div>

      <Section id="aims" title={a.aims}>
        <Card>
          <Lines items={agreement.aims} empty={d.none} ordered />
        </Card>
      </Section>

      <Section
        id="follow-ups"
        title={d.followUps.title}
        action={
          canManage ? (
            <ButtonLink href={`${base}/follow-ups/new`} size="sm">
              <Plus aria-hidden="true" size={16} />
              {d.followUps.add}
            </ButtonLink>
          ) : null
        }
      >
        {justCreated === "follow-up" ? <CreatedNotice message={t.created.followUp.done} steps={[{ href: `${base}/follow-ups/new`, label: t.created.followUp.another }]} /> : null}
        {agreement.followUps.length ? (
          <FollowUpList rows={agreement.followUps} agreementId={agreement.id} today={todayInMorocco()} locale={locale} t={d} canManage={canManage} />
        ) : (
          <p className="text-stone-600">{d.followUps.none}</p>
        )}
      </Section>
    </div>
  );
}
