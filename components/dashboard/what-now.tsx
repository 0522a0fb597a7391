import { ButtonLink } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber, plural, type PluralMessage } from "@/lib/i18n/format";
import type { NowLine, WhatNow } from "@/lib/dashboard/now-queries";
import { sessionName } from "@/lib/sessions/format";
import { InvitationsCard } from "./invitations-card";

type Forms = PluralMessage;

/**
 * A title typed by someone, set apart from the sentence around it (FIRST STRONG ISOLATE … POP
 * DIRECTIONAL ISOLATE): an Arabic campaign title inside a French sentence keeps its own direction
 * and leaves the sentence's punctuation where it belongs.
 */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** Days to a deadline as a native speaker says them: «بقي يومان», «آخر أجل اليوم», «متأخر بثلاثة أيام». */
function deadlineText(days: number, t: Dictionary["dashboard"]["now"], locale: Locale) {
  if (days === 0) return { text: t.dueToday, tone: "amber" as const };
  if (days < 0) return { text: plural(-days, t.daysLate, locale), tone: "red" as const };
  return { text: plural(days, t.daysLeft, locale), tone: days <= 3 ? ("amber" as const) : ("blue" as const) };
}

interface Shown {
  label: string;
  detail?: { text: string; tone: "amber" | "red" | "blue" | "neutral" };
  extra?: string;
  action: string;
}

function shown(line: NowLine, t: Dictionary, locale: Locale): Shown {
  const o = t.dashboard.now;
  const n = (v: number) => formatNumber(v, locale);
  const counted = (count: number, forms: Forms, atLeast = false) => {
    const text = plural(count, forms, locale);
    return atLeast ? fill(o.orMore, { text }) : text;
  };
  switch (line.kind) {
    case "reportsToWrite":
      return {
        label: counted(line.count, o.reportsToWrite),
        extra: fill(o.inCampaign, { campaign: isolate(line.campaignTitle) }),
        detail: deadlineText(line.daysLeft, o, locale),
        action: line.count === 1 ? o.openReport : o.openReports,
      };
    case "reportsReturned":
      return {
        label: counted(line.count, o.reportsReturned),
        extra: fill(o.inCampaign, { campaign: isolate(line.campaignTitle) }),
        detail: deadlineText(line.daysLeft, o, locale),
        action: line.count === 1 ? o.correctReport : o.correctReports,
      };
    case "workshop":
      return {
        label: fill(o.workshop, { session: sessionName(t.sessions, line.sessionOrdinal), number: n(line.number), title: isolate(line.title) }),
        detail: { text: plural(Math.max(0, line.daysLeft), o.inDays, locale), tone: line.daysLeft <= 1 ? "amber" : "blue" },
        action: o.openWorkshop,
      };
    case "paperToWrite":
      return { label: fill(o.paperToWrite, { title: isolate(line.title) }), detail: deadlineText(line.daysLeft, o, locale), action: o.openPaper };
    case "reportsToReview":
      return { label: counted(line.count, t.reports.review.total, line.atLeast), action: o.reviewReports };
    case "papersToReview":
      return { label: counted(line.count, o.papersToReview, line.atLeast), action: o.reviewPapers };
    case "campaignProgress":
      return {
        label: fill(o.campaignProgress, { campaign: isolate(line.campaignTitle), done: n(line.done), bodies: plural(line.total, o.bodies, locale) }),
        detail: deadlineText(line.daysLeft, o, locale),
        action: o.followCampaign,
      };
    case "rsvps":
      return {
        label: fill(o.rsvps, { session: sessionName(t.sessions, line.sessionOrdinal) }),
        extra: [fill(o.attending, { count: n(line.attending) }), fill(o.excused, { count: n(line.excused) }), fill(o.notAnswered, { count: n(line.none) })].join(" · "),
        action: o.openInvitees,
      };
    case "overdueFollowUps":
      return { label: counted(line.count, o.overdueFollowUps), action: o.openFollowUps };
    case "failedEmails":
      return { label: counted(line.count, o.failedEmails, line.atLeast), action: o.openOutbox };
  }
}

/** «ما عليّ الآن»: the top of the home page, what waits on this person, each line with one button to where it is done. */
export function WhatNowSection({ data, locale, t }: { data: WhatNow; locale: Locale; t: Dictionary }) {
  const o = t.dashboard.now;
  const empty = data.lines.length === 0 && data.invitations.length === 0;
  return (
    <section aria-labelledby="what-now" className="space-y-3 rounded-xl border border-brand-200 bg-brand-50/60 p-4 sm:p-5">
      <h2 id="what-now" className="text-lg font-semibold text-stone-900">
        {o.title}
      </h2>
      {empty ? <p className="text-stone-700">{o.empty}</p> : null}
      <InvitationsCard pending={data.invitations} />
      {data.lines.length ? (
        <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white shadow-sm">
          {data.lines.map((line, i) => {
            const s = shown(line, t, locale);
            return (
              <li key={`${line.kind}-${i}`} className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-5">
                <div className="min-w-0 space-y-1">
                  <p className="font-medium text-stone-900">{s.label}</p>
                  {s.extra || s.detail ? (
                    <div className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
                      {s.extra ? <span>{s.extra}</span> : null}
                      {s.detail ? <Badge tone={s.detail.tone}>{s.detail.text}</Badge> : null}
                    </div>
                  ) : null}
                </div>
                <ButtonLink href={line.href} size="sm" className="shrink-0 self-start sm:self-center">
                  {s.action}
                </ButtonLink>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
