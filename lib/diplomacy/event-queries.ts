import "server-only";
import { asc, count, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { delegations, partnerParties, partyEvents } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { countsByContinent } from "./countries";
import { countOf, PAGE_SIZE, requireDiplomacyRead, type ListPage } from "./queries";
import { keysetClauses, keysetCursorFrom, keysetResult, type KeysetOrder } from "@/lib/pagination/keyset";

/** Delegations and distinct countries per event, grouped once and joined to the page. */
function perEvent() {
  return db
    .select({
      eventId: delegations.eventId,
      delegations: sql<number>`count(*)::int`.as("delegation_count"),
      countries: sql<number>`count(distinct ${delegations.country})::int`.as("country_count"),
    })
    .from(delegations)
    .groupBy(delegations.eventId)
    .as("per_event");
}

function eventColumns(counts: ReturnType<typeof perEvent>) {
  return {
    id: partyEvents.id,
    kind: partyEvents.kind,
    ordinal: partyEvents.ordinal,
    title: partyEvents.title,
    startsOn: partyEvents.startsOn,
    endsOn: partyEvents.endsOn,
    venue: partyEvents.venue,
    city: partyEvents.city,
    delegations: sql<number>`coalesce(${counts.delegations}, 0)`,
    countries: sql<number>`coalesce(${counts.countries}, 0)`,
  };
}

/** Events with their counts, to be ordered and paged by the caller. */
function eventsWithCounts() {
  const counts = perEvent();
  return db.select(eventColumns(counts)).from(partyEvents).leftJoin(counts, eq(counts.eventId, partyEvents.id));
}

/** Events, the latest first: the first day, then the id (party_events_starts_on_id_index). */
const eventsOrder: KeysetOrder = {
  parts: [
    { column: partyEvents.startsOn, kind: "d" },
    { column: partyEvents.id, kind: "i" },
  ],
  direction: "desc",
};

/** One page of events by keyset, the latest first, each with its number of delegations and of countries. */
export async function listEvents(viewer: Actor, page: ListPage = {}) {
  requireDiplomacyRead(viewer);
  const cursor = keysetCursorFrom(eventsOrder, page.after, page.before);
  const keyed = keysetClauses(eventsOrder, cursor);
  const [total, read] = await Promise.all([
    countOf(partyEvents),
    eventsWithCounts()
      .where(keyed.where)
      .orderBy(...keyed.orderBy)
      .limit(PAGE_SIZE + 1),
  ]);
  return { ...keysetResult(read, PAGE_SIZE, cursor, (r) => [r.startsOn, r.id]), total };
}
export type EventRow = Awaited<ReturnType<typeof listEvents>>["rows"][number];

export async function recentEvents(viewer: Actor, limit = 5) {
  requireDiplomacyRead(viewer);
  return eventsWithCounts().orderBy(desc(partyEvents.startsOn), desc(partyEvents.id)).limit(limit);
}

const DELEGATIONS_LIMIT = 300;

/**
 * An event with the delegations that attended (their party when known) and the counts by country,
 * grouped in SQL; the counts by continent are folded from those (at most one row per country).
 */
export async function findEvent(viewer: Actor, id: number) {
  requireDiplomacyRead(viewer);
  if (!Number.isInteger(id) || id <= 0) return null;
  const [event] = await db.select().from(partyEvents).where(eq(partyEvents.id, id));
  if (!event) return null;
  const [rows, byCountry] = await Promise.all([
    db
      .select({
        id: delegations.id,
        country: delegations.country,
        headOfDelegation: delegations.headOfDelegation,
        members: delegations.members,
        arrivedOn: delegations.arrivedOn,
        leftOn: delegations.leftOn,
        spoke: delegations.spoke,
        notes: delegations.notes,
        partyId: partnerParties.id,
        partyNameAr: partnerParties.nameAr,
        partyNameOriginal: partnerParties.nameOriginal,
      })
      .from(delegations)
      .leftJoin(partnerParties, eq(partnerParties.id, delegations.partyId))
      .where(eq(delegations.eventId, id))
      .orderBy(asc(delegations.country), asc(delegations.id))
      .limit(DELEGATIONS_LIMIT),
    delegationsByCountry(id),
  ]);
  return { event, delegations: rows, byCountry, byContinent: countsByContinent(byCountry) };
}
export type EventDelegation = NonNullable<Awaited<ReturnType<typeof findEvent>>>["delegations"][number];

/** How many delegations came from each country to an event, the most first. */
export async function delegationsByCountry(eventId: number) {
  return db
    .select({ country: delegations.country, count: count() })
    .from(delegations)
    .where(eq(delegations.eventId, eventId))
    .groupBy(delegations.country)
    .orderBy(desc(count()), asc(delegations.country));
}

export async function findDelegation(viewer: Actor, id: number) {
  requireDiplomacyRead(viewer);
  if (!Number.isInteger(id) || id <= 0) return null;
  const [row] = await db
    .select({ delegation: delegations, eventTitle: partyEvents.title })
    .from(delegations)
    .innerJoin(partyEvents, eq(partyEvents.id, delegations.eventId))
    .where(eq(delegations.id, id));
  return row ? { ...row.delegation, eventTitle: row.eventTitle } : null;
}
