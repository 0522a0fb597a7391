import "server-only";
import { and, asc, count, desc, eq, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { forbidden } from "next/navigation";
import { db } from "@/db";
import {
  agreementParties,
  agreements,
  delegations,
  diplomaticMeetings,
  followUpActions,
  meetingParties,
  members,
  partnerParties,
  partyEvents,
} from "@/db/schema";
import { searchFold } from "@/db/schema/people";
import { can, type Actor } from "@/lib/permissions";
import { foldForSearch } from "@/lib/text/fold";
import { escapeLike } from "@/lib/text/normalize";
import { continents, countriesOf, isCountryCode, type Continent, type CountryCode } from "./countries";
import { cursorText, searchText } from "@/lib/validation";
import type { AnyPgTable } from "drizzle-orm/pg-core";
import { boundedTotal, keysetClauses, keysetCursorFrom, keysetResult, LIST_COUNT_BOUND, type KeysetOrder } from "@/lib/pagination/keyset";

export const PAGE_SIZE = 25;

/** Party diplomacy is the Bureau's and the admins' alone: anyone else gets the 403 page. */
export function requireDiplomacyRead(viewer: Actor) {
  if (!can(viewer, "diplomacy.read")) forbidden();
}

type Params = Record<string, string | string[] | undefined>;

export function one(params: Params, key: string): string | undefined {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/** The page a diplomacy list is asked for: after or before a cursor (`?after=`, `?before=`), else the first. */
export type ListPage = { after?: string; before?: string };

export function pageFrom(params: Params): ListPage {
  return { after: cursorText(one(params, "after")), before: cursorText(one(params, "before")) };
}

/** The rows of a diplomacy list counted up to LIST_COUNT_BOUND: these lists grow with the party's history. */
export function countOf(table: AnyPgTable, where?: SQL) {
  return boundedTotal(db.select({ one: sql`1` }).from(table).where(where).limit(LIST_COUNT_BOUND + 1).as("bounded"));
}

export interface PartyFilters {
  q: string | null;
  country: CountryCode | null;
  continent: Continent | null;
  after?: string;
  before?: string;
}

/** The partner list's filters from the query string; anything unknown is dropped. */
export function partyFiltersFrom(params: Params): PartyFilters {
  const country = one(params, "country")?.toUpperCase();
  const continent = one(params, "continent");
  return {
    q: searchText(params.q, 100) || null,
    country: isCountryCode(country) ? country : null,
    continent: (continents as readonly string[]).includes(continent ?? "") ? (continent as Continent) : null,
    ...pageFrom(params),
  };
}

function partyConditions(filters: PartyFilters): SQL | undefined {
  const folded = filters.q ? foldForSearch(filters.q) : "";
  const pattern = `%${escapeLike(folded)}%`;
  return and(
    folded ? or(sql`${searchFold(sql`${partnerParties.nameAr}`)} like ${pattern}`, sql`${searchFold(sql`${partnerParties.nameOriginal}`)} like ${pattern}`) : undefined,
    filters.country ? eq(partnerParties.country, filters.country) : undefined,
    filters.continent ? inArray(partnerParties.country, countriesOf(filters.continent)) : undefined,
  );
}

/** Partner parties by Arabic name, then id (partner_parties_name_ar_id_index). */
const partiesOrder: KeysetOrder = {
  parts: [
    { column: partnerParties.nameAr, kind: "s" },
    { column: partnerParties.id, kind: "i" },
  ],
  direction: "asc",
};

/** One page of partner parties by keyset (a bounded count and a page, whatever the page), sorted by Arabic name. */
export async function listParties(viewer: Actor, filters: PartyFilters) {
  requireDiplomacyRead(viewer);
  const where = partyConditions(filters);
  const cursor = keysetCursorFrom(partiesOrder, filters.after, filters.before);
  const keyed = keysetClauses(partiesOrder, cursor);
  const [total, read] = await Promise.all([
    countOf(partnerParties, where),
    db
    .select({
      id: partnerParties.id,
      nameAr: partnerParties.nameAr,
      nameOriginal: partnerParties.nameOriginal,
      country: partnerParties.country,
      orientation: partnerParties.orientation,
      relationsSince: partnerParties.relationsSince,
    })
    .from(partnerParties)
    .where(and(where, keyed.where))
    .orderBy(...keyed.orderBy)
    .limit(PAGE_SIZE + 1),
  ]);
  return { ...keysetResult(read, PAGE_SIZE, cursor, (r) => [r.nameAr, r.id]), total };
}
export type PartyRow = Awaited<ReturnType<typeof listParties>>["rows"][number];

const PARTY_CHOICES_LIMIT = 500;

/** Every partner party, for the pickers of meetings, agreements and delegations (bounded). */
export async function partyChoices(viewer: Actor) {
  requireDiplomacyRead(viewer);
  return db
    .select({ id: partnerParties.id, nameAr: partnerParties.nameAr, nameOriginal: partnerParties.nameOriginal, country: partnerParties.country })
    .from(partnerParties)
    .orderBy(asc(partnerParties.nameAr), asc(partnerParties.id))
    .limit(PARTY_CHOICES_LIMIT);
}
export type PartyChoice = Awaited<ReturnType<typeof partyChoices>>[number];

/** A partner party with what it took part in: its delegations, meetings and agreements (four queries). */
export async function findParty(viewer: Actor, id: number) {
  requireDiplomacyRead(viewer);
  if (!Number.isInteger(id) || id <= 0) return null;
  const [party] = await db.select().from(partnerParties).where(eq(partnerParties.id, id));
  if (!party) return null;
  const [partyDelegations, meetings, partyAgreements] = await Promise.all([
    db
      .select({
        id: delegations.id,
        eventId: partyEvents.id,
        eventTitle: partyEvents.title,
        startsOn: partyEvents.startsOn,
        headOfDelegation: delegations.headOfDelegation,
        spoke: delegations.spoke,
      })
      .from(delegations)
      .innerJoin(partyEvents, eq(partyEvents.id, delegations.eventId))
      .where(eq(delegations.partyId, id))
      .orderBy(desc(partyEvents.startsOn), asc(delegations.id))
      .limit(100),
    db
      .select({ id: diplomaticMeetings.id, date: diplomaticMeetings.date, place: diplomaticMeetings.place, received: diplomaticMeetings.received, topics: diplomaticMeetings.topics })
      .from(meetingParties)
      .innerJoin(diplomaticMeetings, eq(diplomaticMeetings.id, meetingParties.meetingId))
      .where(eq(meetingParties.partyId, id))
      .orderBy(desc(diplomaticMeetings.date), desc(diplomaticMeetings.id))
      .limit(100),
    db
      .select({ id: agreements.id, title: agreements.title, signedOn: agreements.signedOn, place: agreements.place })
      .from(agreementParties)
      .innerJoin(agreements, eq(agreements.id, agreementParties.agreementId))
      .where(eq(agreementParties.partyId, id))
      .orderBy(desc(agreements.signedOn), desc(agreements.id))
      .limit(100),
  ]);
  return { party, delegations: partyDelegations, meetings, agreements: partyAgreements };
}

const overdue = (today: string) => and(eq(followUpActions.status, "open"), lt(followUpActions.dueOn, today));

/** How many follow-up actions are overdue on `today`: the count the overdue list says. */
export async function overdueFollowUpCount(viewer: Actor, today: string): Promise<number> {
  requireDiplomacyRead(viewer);
  const [{ total }] = await db.select({ total: count() }).from(followUpActions).where(overdue(today));
  return total;
}

/**
 * Follow-up actions still open whose due date is before `today` (a date in Morocco, from
 * todayInMorocco()): due today is not yet overdue. The oldest first, at most `limit`, and how many in all.
 */
export async function overdueFollowUps(viewer: Actor, today: string, limit = 10) {
  requireDiplomacyRead(viewer);
  const total = await overdueFollowUpCount(viewer, today);
  const rows = await db
    .select({
      id: followUpActions.id,
      title: followUpActions.title,
      dueOn: followUpActions.dueOn,
      agreementId: agreements.id,
      agreementTitle: agreements.title,
      ownerName: members.fullNameAr,
      ownerNameLatin: members.fullNameLatin,
    })
    .from(followUpActions)
    .innerJoin(agreements, eq(agreements.id, followUpActions.agreementId))
    .leftJoin(members, eq(members.id, followUpActions.ownerMemberId))
    .where(overdue(today))
    .orderBy(asc(followUpActions.dueOn), asc(followUpActions.id))
    .limit(limit);
  return { rows, total };
}
export type OverdueFollowUp = Awaited<ReturnType<typeof overdueFollowUps>>["rows"][number];

/** The landing's figures: one grouped query per table, whatever their sizes. */
export async function diplomacyOverview(viewer: Actor, today: string) {
  requireDiplomacyRead(viewer);
  const [[parties], [events], [delegationCount], [meetings], [agreementCount], [followUps]] = await Promise.all([
    db.select({ n: count() }).from(partnerParties),
    db.select({ n: count() }).from(partyEvents),
    db.select({ n: count() }).from(delegations),
    db.select({ n: count() }).from(diplomaticMeetings),
    db.select({ n: count() }).from(agreements),
    db
      .select({
        open: sql<number>`count(*) filter (where ${followUpActions.status} = 'open')::int`,
        overdue: sql<number>`count(*) filter (where ${overdue(today)})::int`,
      })
      .from(followUpActions),
  ]);
  return {
    parties: parties.n,
    events: events.n,
    delegations: delegationCount.n,
    meetings: meetings.n,
    agreements: agreementCount.n,
    openFollowUps: followUps.open,
    overdueFollowUps: followUps.overdue,
  };
}

