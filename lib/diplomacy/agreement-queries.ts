import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { agreementParties, agreements, diplomaticMeetings, followUpActions, meetingParties, members, partnerParties } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { countOf, PAGE_SIZE, requireDiplomacyRead, type ListPage } from "./queries";
import { keysetClauses, keysetCursorFrom, keysetResult, type KeysetOrder } from "@/lib/pagination/keyset";

const partyColumns = { id: partnerParties.id, nameAr: partnerParties.nameAr, nameOriginal: partnerParties.nameOriginal, country: partnerParties.country };
export type LinkedParty = { id: number; nameAr: string; nameOriginal: string; country: string };

/** The parties of a page of meetings, in one query. */
async function partiesOfMeetings(ids: number[]) {
  if (!ids.length) return new Map<number, LinkedParty[]>();
  const rows = await db
    .select({ meetingId: meetingParties.meetingId, ...partyColumns })
    .from(meetingParties)
    .innerJoin(partnerParties, eq(partnerParties.id, meetingParties.partyId))
    .where(inArray(meetingParties.meetingId, ids))
    .orderBy(asc(partnerParties.nameAr));
  const map = new Map<number, LinkedParty[]>();
  for (const { meetingId, ...party } of rows) map.set(meetingId, [...(map.get(meetingId) ?? []), party]);
  return map;
}

async function partiesOfAgreements(ids: number[]) {
  if (!ids.length) return new Map<number, LinkedParty[]>();
  const rows = await db
    .select({ agreementId: agreementParties.agreementId, ...partyColumns })
    .from(agreementParties)
    .innerJoin(partnerParties, eq(partnerParties.id, agreementParties.partyId))
    .where(inArray(agreementParties.agreementId, ids))
    .orderBy(asc(partnerParties.nameAr));
  const map = new Map<number, LinkedParty[]>();
  for (const { agreementId, ...party } of rows) map.set(agreementId, [...(map.get(agreementId) ?? []), party]);
  return map;
}

/** Visits and meetings, the latest first: the day, then the id (diplomatic_meetings_date_id_index). */
const meetingsOrder: KeysetOrder = {
  parts: [
    { column: diplomaticMeetings.date, kind: "d" },
    { column: diplomaticMeetings.id, kind: "i" },
  ],
  direction: "desc",
};

/** One page of visits and meetings by keyset, the latest first, with their parties (three queries). */
export async function listMeetings(viewer: Actor, page: ListPage = {}) {
  requireDiplomacyRead(viewer);
  const cursor = keysetCursorFrom(meetingsOrder, page.after, page.before);
  const keyed = keysetClauses(meetingsOrder, cursor);
  const [total, read] = await Promise.all([
    countOf(diplomaticMeetings),
    db
      .select()
      .from(diplomaticMeetings)
      .where(keyed.where)
      .orderBy(...keyed.orderBy)
      .limit(PAGE_SIZE + 1),
  ]);
  const result = keysetResult(read, PAGE_SIZE, cursor, (r) => [r.date, r.id]);
  const parties = await partiesOfMeetings(result.rows.map((r) => r.id));
  return { ...result, rows: result.rows.map((r) => ({ ...r, parties: parties.get(r.id) ?? [] })), total };
}
export type MeetingRow = Awaited<ReturnType<typeof listMeetings>>["rows"][number];

export async function findMeeting(viewer: Actor, id: number) {
  requireDiplomacyRead(viewer);
  if (!Number.isInteger(id) || id <= 0) return null;
  const [meeting] = await db.select().from(diplomaticMeetings).where(eq(diplomaticMeetings.id, id));
  if (!meeting) return null;
  return { ...meeting, parties: (await partiesOfMeetings([id])).get(id) ?? [] };
}

/** Open and overdue follow-ups of each agreement, grouped once and joined to the page. */
function followUpCounts(today: string) {
  return db
    .select({
      agreementId: followUpActions.agreementId,
      open: sql<number>`count(*) filter (where ${followUpActions.status} = 'open')::int`.as("open_count"),
      overdue: sql<number>`count(*) filter (where ${followUpActions.status} = 'open' and ${followUpActions.dueOn} < ${today})::int`.as("overdue_count"),
    })
    .from(followUpActions)
    .groupBy(followUpActions.agreementId)
    .as("follow_up_counts");
}

/** Agreements, the latest signed first: the day, then the id (agreements_signed_on_id_index). */
const agreementsOrder: KeysetOrder = {
  parts: [
    { column: agreements.signedOn, kind: "d" },
    { column: agreements.id, kind: "i" },
  ],
  direction: "desc",
};

/** One page of agreements by keyset, the latest signed first, with their parties and follow-up counts. */
export async function listAgreements(viewer: Actor, today: string, page: ListPage = {}) {
  requireDiplomacyRead(viewer);
  const cursor = keysetCursorFrom(agreementsOrder, page.after, page.before);
  const keyed = keysetClauses(agreementsOrder, cursor);
  const counts = followUpCounts(today);
  const total = await countOf(agreements);
  const read = await db
    .select({
      id: agreements.id,
      title: agreements.title,
      signedOn: agreements.signedOn,
      place: agreements.place,
      durationMonths: agreements.durationMonths,
      hasDocument: sql<boolean>`${agreements.documentKey} is not null`,
      openFollowUps: sql<number>`coalesce(${counts.open}, 0)`,
      overdueFollowUps: sql<number>`coalesce(${counts.overdue}, 0)`,
    })
    .from(agreements)
    .leftJoin(counts, eq(counts.agreementId, agreements.id))
    .where(keyed.where)
    .orderBy(...keyed.orderBy)
    .limit(PAGE_SIZE + 1);
  const result = keysetResult(read, PAGE_SIZE, cursor, (r) => [r.signedOn, r.id]);
  const parties = await partiesOfAgreements(result.rows.map((r) => r.id));
  return { ...result, rows: result.rows.map((r) => ({ ...r, parties: parties.get(r.id) ?? [] })), total };
}
export type AgreementRow = Awaited<ReturnType<typeof listAgreements>>["rows"][number];

/** An agreement with its parties and its follow-up actions (with their owners): three queries. */
export async function findAgreement(viewer: Actor, id: number) {
  requireDiplomacyRead(viewer);
  if (!Number.isInteger(id) || id <= 0) return null;
  const [agreement] = await db.select().from(agreements).where(eq(agreements.id, id));
  if (!agreement) return null;
  const [parties, followUps] = await Promise.all([
    partiesOfAgreements([id]),
    db
      .select({
        id: followUpActions.id,
        title: followUpActions.title,
        dueOn: followUpActions.dueOn,
        status: followUpActions.status,
        doneOn: followUpActions.doneOn,
        notes: followUpActions.notes,
        ownerMemberId: followUpActions.ownerMemberId,
        ownerName: members.fullNameAr,
      })
      .from(followUpActions)
      .leftJoin(members, eq(members.id, followUpActions.ownerMemberId))
      .where(eq(followUpActions.agreementId, id))
      .orderBy(asc(followUpActions.dueOn), asc(followUpActions.id))
      .limit(200),
  ]);
  return { ...agreement, parties: parties.get(id) ?? [], followUps };
}
export type AgreementDetail = NonNullable<Awaited<ReturnType<typeof findAgreement>>>;
export type FollowUpRow = AgreementDetail["followUps"][number];

export async function findFollowUp(viewer: Actor, agreementId: number, id: number) {
  requireDiplomacyRead(viewer);
  if (!Number.isInteger(id) || id <= 0) return null;
  const [row] = await db
    .select({ followUp: followUpActions, ownerName: members.fullNameAr, agreementTitle: agreements.title })
    .from(followUpActions)
    .innerJoin(agreements, eq(agreements.id, followUpActions.agreementId))
    .leftJoin(members, eq(members.id, followUpActions.ownerMemberId))
    .where(and(eq(followUpActions.id, id), eq(followUpActions.agreementId, agreementId)));
  return row ? { ...row.followUp, ownerName: row.ownerName, agreementTitle: row.agreementTitle } : null;
}

/** The stored key and name of an agreement's signed text, for its download. */
export async function agreementDocument(viewer: Actor, id: number) {
  requireDiplomacyRead(viewer);
  if (!Number.isInteger(id) || id <= 0) return null;
  const [row] = await db.select({ key: agreements.documentKey, name: agreements.documentName }).from(agreements).where(eq(agreements.id, id));
  return row?.key ? { key: row.key, name: row.name ?? "document" } : null;
}
