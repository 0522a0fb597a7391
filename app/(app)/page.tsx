import type { Metadata } from "next";
import { Alert, EmptyState } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle, Stat } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RegionBars } from "@/components/dashboard/region-bars";
import { RecentActivity } from "@/components/dashboard/recent-activity";
import { MemberCard } from "@/components/dashboard/member-card";
import { WhatNowSection } from "@/components/dashboard/what-now";
import { UpcomingSessions } from "@/components/sessions/upcoming-sessions";
import { OverduePapers } from "@/components/papers/overdue-papers";
import { OverdueFollowUps } from "@/components/diplomacy/overdue-follow-ups";
import { TrainingsForYou } from "@/components/rooting/trainings-for-you";
import { scopeLabel } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/current-user";
import { dashboardPage } from "@/lib/dashboard/page-queries";
import { getDictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/dictionary";
import { formatNumber, plural } from "@/lib/i18n/format";
import { localName } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.dashboard.title };
}

export default async function DashboardPage(props: { searchParams: Promise<{ password?: string }> }) {
  const user = await requireUser();
  const { locale, t } = await getDictionary();
  const { password } = await props.searchParams;
  const scope = scopeLabel(user, locale, t);
  const n = (value: number) => formatNumber(value, locale);
  const hint = { admin: t.dashboard.adminHint, bureau: t.dashboard.bureauHint, officer: t.dashboard.officerHint, member: t.dashboard.memberHint }[user.role];

  const { now, figures, byRegion, organFigures, usersFig, activity, overview, membersHref, noBranchLinked } = await dashboardPage(user);

  return (
    <div className="space-y-6">
      <PageHeader
        title={t.dashboard.title}
        description={
          <>
            {fill(t.dashboard.welcome, { name: user.name })} · {t.roles[user.role]}
            {scope ? ` · ${t.dashboard.yourScope}: ${scope}` : null}
          </>
        }
      />
      {password === "changed" ? <Alert tone="success">{t.dashboard.passwordChanged}</Alert> : null}
      <WhatNowSection data={now} locale={locale} t={t} />
      <p className="text-stone-700">{hint}</p>
      <UpcomingSessions viewer={user} />
      <TrainingsForYou viewer={user} compact />

      {figures ? (
        <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <Stat label={t.dashboard.provinces} value={n(figures.provinces)} href="/territory" />
          <Stat label={t.dashboard.branches} value={n(figures.branches)} href="/territory" />
          <Stat label={t.dashboard.cells} value={n(figures.cells)} />
          <Stat label={t.dashboard.activeMembers} value={n(figures.activeMembers)} href={membersHref} />
        </div>
      ) : null}

      {figures && figures.branches === 0 ? (
        <EmptyState title={t.dashboard.emptyBranches} action={<ButtonLink href="/territory">{t.dashboard.addBranch}</ButtonLink>} />
      ) : null}

      <div className="grid gap-6 xl:grid-cols-3">
        {/* the table is the region, named by its caption: a section named alike would be a second landmark of the same name */}
        {byRegion && byRegion.length > 0 ? (
          <div className="min-w-0 space-y-3 xl:col-span-2">
            <h2 id="by-region" className="text-lg font-semibold">
              {t.dashboard.byRegion}
            </h2>
            <RegionBars
              rows={byRegion}
              locale={locale}
              labels={{ region: t.dashboard.region, branches: t.dashboard.branches, members: t.dashboard.activeMembers, caption: t.dashboard.byRegion }}
            />
          </div>
        ) : null}

        <div className="space-y-6">
          {organFigures ? (
            <Card>
              <CardTitle>{t.dashboard.organs}</CardTitle>
              <ul className="divide-y divide-stone-100">
                {organFigures
                  .filter((o) => o.members > 0)
                  .map((o) => (
                    <li key={o.code} className="flex items-center justify-between py-2">
                      <span>{localName(o, locale)}</span>
                      <span className="font-semibold tabular-nums">{plural(o.members, t.dashboard.organMembers, locale)}</span>
                    </li>
                  ))}
              </ul>
            </Card>
          ) : null}
          {usersFig ? (
            <Card>
              <CardTitle action={<ButtonLink href="/admin/users" variant="secondary" size="sm">{t.dashboard.manageUsers}</ButtonLink>}>
                {t.dashboard.usersByRole}
              </CardTitle>
              <ul className="divide-y divide-stone-100">
                {(["admin", "bureau", "officer", "member"] as const).map((role) => (
                  <li key={role} className="flex items-center justify-between py-2">
                    <span>{t.roles[role]}</span>
                    <span className="font-semibold tabular-nums">{n(usersFig.byRole[role] ?? 0)}</span>
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-sm text-stone-600">
                {t.dashboard.activeUsers}: {n(usersFig.active)} / {n(usersFig.total)}
              </p>
            </Card>
          ) : null}
        </div>
      </div>

      <OverduePapers viewer={user} />
      <OverdueFollowUps viewer={user} />
      {overview ? <MemberCard overview={overview} locale={locale} t={t} /> : null}
      {noBranchLinked ? <Alert tone="info">{t.dashboard.noBranchLinked}</Alert> : null}
      {activity ? <RecentActivity rows={activity} locale={locale} t={t} /> : null}
    </div>
  );
}
