import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db";
import { committeeSessions, members, sittings, workshops, type CommitteeSession } from "@/db/schema";
import { ActionError } from "@/lib/action";
import { getDictionary, type Dictionary } from "@/lib/i18n";
import { formatDate, formatMessage } from "@/lib/i18n/format";
import { canSeeSessionStatus, type Actor } from "@/lib/permissions";

type SessionError = keyof Dictionary["sessions"]["errors"];

/** A refusal worded by the sessions dictionary, in the viewer's language, under `field`. */
export async function refusal(key: SessionError, field?: string, values: Record<string, string | number> & { count?: number } = {}): Promise<ActionError> {
  const { t, locale } = await getDictionary();
  return new ActionError(formatMessage(t.sessions.errors[key], values, locale), field);
}

/** The session, locked for the rest of the transaction; missing or hidden from the actor → not found. */
export async function lockSession(tx: Transaction, id: number, actor: Actor): Promise<CommitteeSession> {
  const [row] = await tx.select().from(committeeSessions).where(eq(committeeSessions.id, id)).for("update");
  if (!row || !canSeeSessionStatus(actor, row.status)) throw new ActionError("notFound");
  return row;
}

export async function sittingWithSession(tx: Transaction, id: number, actor: Actor) {
  const [row] = await tx.select().from(sittings).where(eq(sittings.id, id)).for("update");
  if (!row) throw new ActionError("notFound");
  return { sitting: row, session: await lockSession(tx, row.sessionId, actor) };
}

export async function workshopWithSession(tx: Transaction, id: number, actor: Actor) {
  const [row] = await tx.select().from(workshops).where(eq(workshops.id, id)).for("update");
  if (!row) throw new ActionError("notFound");
  return { workshop: row, session: await lockSession(tx, row.sessionId, actor) };
}

export async function checkEndNotBeforeStart(startsOn: string, endsOn: string) {
  if (endsOn < startsOn) throw await refusal("endBeforeStart", "endsOn");
}

/** Times are HH:MM strings: their order is their text order. */
export async function checkTimes(start: string, end: string | null) {
  if (end !== null && end <= start) throw await refusal("endTimeBeforeStart", "endTime");
}

export async function checkWithinSession(session: CommitteeSession, date: string, field = "date") {
  if (date < session.startsOn || date > session.endsOn) {
    const { locale } = await getDictionary();
    throw await refusal("outsideSession", field, { start: formatDate(session.startsOn, locale), end: formatDate(session.endsOn, locale) });
  }
}

/** The chosen people must exist: a refusal under the field rather than a foreign-key error. */
export async function checkMembersExist(tx: Transaction, fields: Record<string, number | null>) {
  for (const [field, id] of Object.entries(fields)) {
    if (id === null) continue;
    const [row] = await tx.select({ id: members.id }).from(members).where(eq(members.id, id)).limit(1);
    if (!row) throw await refusal("memberMissing", field);
  }
}

/** The names of the people a record names, by the field naming them: for a stale save's notice. */
export async function personLabels(tx: Transaction, fields: Record<string, number | null>): Promise<Record<string, string>> {
  const labels: Record<string, string> = {};
  for (const [field, id] of Object.entries(fields)) {
    if (id === null) continue;
    const [row] = await tx.select({ name: members.fullNameAr }).from(members).where(eq(members.id, id)).limit(1);
    if (row) labels[field] = row.name;
  }
  return labels;
}

/** The fields that differ, as { field: { from, to } }, for the audit trail. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(after)) {
    const from = before[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to ?? null)) changes[field] = { from, to: to ?? null };
  }
  return changes;
}

export const sessionPaths = (sessionId: number, ...more: string[]) => ["/sessions", `/sessions/${sessionId}`, ...more.map((p) => `/sessions/${sessionId}${p}`)];
