import "server-only";
import type { CommitteeSession } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDate } from "@/lib/i18n/format";
import type { Notice } from "@/lib/notifications/notify";
import { sessionHref, workshopHref } from "@/lib/calendar/links";
import { sessionName, timeRange, workshopName } from "./format";

// What the invitees (or a workshop's participants) are told of a change, in each one's language.
// Each notice's dedupe key names the change itself, so a retried save tells no one twice.

export function withdrawalNotice(session: CommitteeSession, t: Dictionary, at: Date): Notice {
  const n = t.invitations.notices;
  return {
    kind: "session.withdrawn",
    title: fill(n.withdrawnTitle, { session: sessionName(t.sessions, session.ordinal) }),
    body: fill(n.withdrawnBody, { title: session.title }),
    href: "/sessions",
    dedupeKey: `session.withdrawn:${session.id}:${at.getTime()}`,
  };
}

interface Slot {
  id: number;
  version: number;
  title: string;
  date: string;
  startTime: string;
  endTime: string | null;
}

const when = (t: Dictionary, locale: Locale, slot: Slot) => `${formatDate(slot.date, locale)}، ${timeRange(t.sessions, slot.startTime, slot.endTime)}`;

export function sittingChangeNotice(session: CommitteeSession, sitting: Slot, t: Dictionary, locale: Locale): Notice {
  const n = t.invitations.notices;
  return {
    kind: "session.changed",
    title: fill(n.sittingChangedTitle, { session: sessionName(t.sessions, session.ordinal), sitting: sitting.title }),
    body: fill(n.changedBody, { when: when(t, locale, sitting), room: "" }),
    href: `${sessionHref(session.id)}#sitting-${sitting.id}`,
    dedupeKey: `session.sitting-changed:${sitting.id}:${sitting.version}`,
  };
}

/** A sitting added to the programme of a convened session. */
export function sittingAddedNotice(session: CommitteeSession, sitting: Slot, t: Dictionary, locale: Locale): Notice {
  const n = t.invitations.notices;
  return {
    kind: "session.changed",
    title: fill(n.sittingAddedTitle, { session: sessionName(t.sessions, session.ordinal), sitting: sitting.title }),
    body: fill(n.addedBody, { when: when(t, locale, sitting) }),
    href: `${sessionHref(session.id)}#sitting-${sitting.id}`,
    dedupeKey: `session.sitting-added:${sitting.id}`,
  };
}

/** A sitting taken off the programme of a convened session: the link leads to what remains. */
export function sittingRemovedNotice(session: CommitteeSession, sitting: Slot, t: Dictionary, locale: Locale): Notice {
  const n = t.invitations.notices;
  return {
    kind: "session.changed",
    title: fill(n.sittingRemovedTitle, { session: sessionName(t.sessions, session.ordinal), sitting: sitting.title }),
    body: fill(n.removedBody, { sitting: sitting.title, when: when(t, locale, sitting) }),
    href: sessionHref(session.id),
    dedupeKey: `session.sitting-removed:${sitting.id}`,
  };
}

export function workshopChangeNotice(session: CommitteeSession, workshop: Slot & { number: number; room: string | null }, t: Dictionary, locale: Locale): Notice {
  const n = t.invitations.notices;
  return {
    kind: "workshop.changed",
    title: fill(n.workshopChangedTitle, { session: sessionName(t.sessions, session.ordinal), workshop: workshopName(t.sessions, workshop.number) }),
    body: fill(n.changedBody, { when: when(t, locale, workshop), room: workshop.room ? fill(n.room, { room: workshop.room }) : "" }),
    href: workshopHref(session.id, workshop.id),
    dedupeKey: `workshop.changed:${workshop.id}:${workshop.version}`,
  };
}
