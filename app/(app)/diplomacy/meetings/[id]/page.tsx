import { Pencil } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Lines, Section } from "@/components/diplomacy/detail-list";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { findMeeting } from "@/lib/diplomacy/agreement-queries";
import { countryName } from "@/lib/diplomacy/countries";
import { getDictionary } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";
import { parseId } from "@/lib/params";
import { nameIn } from "@/lib/i18n/names";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requirePermission("diplomacy.read");
  const { locale, t } = await getDictionary();
  const meeting = await findMeeting(viewer, parseId((await params).id));
  return { title: meeting ? `${formatDate(meeting.date, locale)} · ${meeting.place}` : t.diplomacy.meetings.title };
}

export default async function MeetingPage({ params }: Props) {
  const viewer = await requirePermission("diplomacy.read");
  const { locale, t } = await getDictionary();
  const meeting = await findMeeting(viewer, parseId((await params).id));
  if (!meeting) notFound();
  const d = t.diplomacy;
  const m = d.meetings.detail;
  const name = formatDate(meeting.date, locale);

  return (
    <div className="space-y-8">
      <PageHeader
        crumbs={<Breadcrumbs label={d.breadcrumbs} items={[{ href: "/diplomacy", label: d.title }, { href: "/diplomacy/meetings", label: d.meetings.title }, { label: name }]} />}
        title={`${name} · ${meeting.place}`}
        description={<Badge tone={meeting.received ? "green" : "blue"}>{meeting.received ? d.meetings.where.received : d.meetings.where.abroad}</Badge>}
        actions={
          can(viewer, "diplomacy.manage") ? (
            <ButtonLink href={`/diplomacy/meetings/${meeting.id}/edit`} variant="secondary">
              <Pencil aria-hidden="true" size={18} />
              {d.meetings.edit}
            </ButtonLink>
          ) : null
        }
      />
      <Section id="meeting-parties" title={m.parties}>
        <ul className="flex flex-wrap gap-2">
          {meeting.parties.map((p) => (
            <li key={p.id}>
              <Link href={`/diplomacy/parties/${p.id}`} className="inline-flex items-center gap-2 rounded-full border border-stone-200 bg-white px-3 py-1.5 text-sm hover:border-brand-500">
                <span className="font-medium text-brand-800">{nameIn(locale, p.nameAr, p.nameOriginal)}</span>
                <span className="text-stone-600">{countryName(p.country, locale)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      <div className="grid gap-4 md:grid-cols-2">
        <Card aria-labelledby="ours">
          <h2 id="ours" className="mb-2 font-semibold text-stone-900">
            {m.ours}
          </h2>
          <Lines items={meeting.ourParticipants} empty={m.nobody} />
        </Card>
        <Card aria-labelledby="theirs">
          <h2 id="theirs" className="mb-2 font-semibold text-stone-900">
            {m.theirs}
          </h2>
          <Lines items={meeting.theirParticipants} empty={m.nobody} />
        </Card>
      </div>
      <Section id="meeting-topics" title={m.topics}>
        <p dir="auto" className="max-w-3xl leading-relaxed whitespace-pre-line text-stone-800">{meeting.topics ?? d.none}</p>
      </Section>
      <Section id="meeting-outcome" title={m.outcome}>
        <p dir="auto" className="max-w-3xl leading-relaxed whitespace-pre-line text-stone-800">{meeting.outcome ?? d.none}</p>
      </Section>
    </div>
  );
}
