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
import { searchText, toId } from "@/lib/validation";

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

export function pageFrom(params: Params): number {
  return toId(one(params, "page")) ?? 1;
}

/** Clamps the page to the last one and gives the offset. */
export function paging(total: number, requested = 1, size = PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, requested), pages);
  return { page, pages, offset: (page - 1) * size };
}

export interface PartyFilters {
  q: string | null;
  country: CountryCode | null;
  continent: Continent | null;
  page: number;
}

/** The partner list's filters from the query string; anything unknown is dropped. */
export function partyFiltersFrom(params: Params): PartyFilters {
  const country = one(params, "country")?.toUpperCase();
  const continent = one(params, "continent");
  return {
    q: searchText(params.q, 100) || null,
    country: isCountryCode(country) ? country : null,
    continent: (continents as readonly string[]).includes(continent ?? "") ? (continent as Continent) : null,
    page: pageFrom(params),
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

/** One page of partner parties (a count and a page, whatever the page size), sorted by Arabic name. */
export async function listParties(viewer: Actor, filters: PartyFilters) {
  requireDiplomacyRead(viewer);
  const where = partyConditions(filters);
  const [{ total }] = await db.select({ total: count() }).from(partnerParties).where(where);
  const { page, pages, offset } = paging(total, filters.page);
  const rows = await db
    .select({
      id: partnerParties.id,
      nameAr: partnerParties.nameAr,
      nameOriginal: partnerParties.nameOriginal,
      country: partnerParties.country,
      orientation: partnerParties.orientation,
      relationsSince: partnerParties.relationsSince,
    })
    .from(partnerParties)
    .where(where)
    .orderBy(asc(partnerParties.nameAr), asc(partnerParties.id))
    .limit(PAGE_SIZE)
    .offset(offset);
  return { rows, total, page, pages };
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

/**
 * Follow-up actions still open whose due date is before `today` (a date in Morocco, from
 * todayInMorocco()): due today is not yet overdue. The oldest first, at most `limit`, and how many in all.
 */
export async function overdueFollowUps(viewer: Actor, today: string, limit = 10) {
  requireDiplomacyRead(viewer);
  const [{ total }] = await db.select({ total: count() }).from(followUpActions).where(overdue(today));
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

