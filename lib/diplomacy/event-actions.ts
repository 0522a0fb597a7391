"use server";

import { and, eq, ne } from "drizzle-orm";
import type { Transaction } from "@/db";
import { delegations, partyEvents } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import { changedFields, checkEndNotBeforeStart, checkPartiesExist, diplomacyPaths, refusal } from "./guards";
import { createDelegationSchema, createEventSchema, idSchema, updateDelegationSchema, updateEventSchema } from "./schemas";

const eventPage = (id: number) => `/diplomacy/events/${id}`;

type EventInput = typeof createEventSchema._output;

async function lockEvent(tx: Transaction, id: number) {
  const [row] = await tx.select().from(partyEvents).where(eq(partyEvents.id, id)).for("update");
  if (!row) throw new ActionError("notFound");
  return row;
}

/** Dates in order; a congress carries its ordinal (المؤتمر الثامن), and no two congresses the same one. */
async function checkEvent(tx: Transaction, input: EventInput, id?: number) {
  await checkEndNotBeforeStart(input.startsOn, input.endsOn, "endsOn");
  if (input.kind !== "congress") return;
  if (input.ordinal === null) throw await refusal("ordinalRequired", "ordinal");
  const [taken] = await tx
    .select({ id: partyEvents.id })
    .from(partyEvents)
    .where(and(eq(partyEvents.kind, "congress"), eq(partyEvents.ordinal, input.ordinal), id ? ne(partyEvents.id, id) : undefined))
    .limit(1);
  if (taken) throw await refusal("ordinalTaken", "ordinal");
}

export const createEvent = mutation({
  schema: createEventSchema,
  permission: "diplomacy.manage",
  async run(input, { tx }) {
    await checkEvent(tx, input);
    const [row] = await tx.insert(partyEvents).values(input).returning({ id: partyEvents.id });
    return {
      audit: { action: "event.create", entity: "party_event", entityId: row.id, summary: `event "${input.title}" (${input.startsOn}, ${input.city}) created`, changes: input },
      result: row.id,
    };
  },
  revalidate: () => diplomacyPaths("/diplomacy/events"),
  redirectTo: (_input, id) => eventPage(id!),
});

export const updateEvent = mutation({
  schema: updateEventSchema,
  permission: "diplomacy.manage",
  async run({ id, ...fields }, { tx }) {
    const before = await lockEvent(tx, id);
    await checkEvent(tx, fields, id);
    await tx.update(partyEvents).set(fields).where(eq(partyEvents.id, id));
    return { audit: { action: "event.update", entity: "party_event", entityId: id, summary: `event "${fields.title}" updated`, changes: changedFields(before, fields) } };
  },
  revalidate: (input) => diplomacyPaths("/diplomacy/events", eventPage(input.id)),
  redirectTo: (input) => eventPage(input.id),
});

export const deleteEvent = mutation({
  schema: idSchema,
  permission: "diplomacy.manage",
  async run({ id }, { tx }) {
    const event = await lockEvent(tx, id);
    // its delegations go with it (the foreign key cascades): the audit row keeps how many there were
    const gone = await tx.delete(delegations).where(eq(delegations.eventId, id)).returning({ country: delegations.country });
    await tx.delete(partyEvents).where(eq(partyEvents.id, id));
    return {
      audit: {
        action: "event.delete",
        entity: "party_event",
        entityId: id,
        summary: `event "${event.title}" deleted with ${gone.length} delegation(s)`,
        changes: { title: event.title, startsOn: event.startsOn, city: event.city, delegations: gone.map((d) => d.country) },
      },
    };
  },
  revalidate: () => diplomacyPaths("/diplomacy/events", "/diplomacy/parties"),
  redirectTo: () => "/diplomacy/events",
});

type DelegationFields = Omit<typeof createDelegationSchema._output, "eventId">;

async function checkDelegation(tx: Transaction, input: DelegationFields) {
  await checkEndNotBeforeStart(input.arrivedOn, input.leftOn, "leftOn", "leftBeforeArrived");
  if (input.partyId !== null) await checkPartiesExist(tx, [input.partyId], "partyId");
}

export const createDelegation = mutation({
  schema: createDelegationSchema,
  permission: "diplomacy.manage",
  async run(input, { tx }) {
    const event = await lockEvent(tx, input.eventId);
    await checkDelegation(tx, input);
    const [row] = await tx.insert(delegations).values(input).returning({ id: delegations.id });
    return {
      audit: {
        action: "delegation.create",
        entity: "delegation",
        entityId: row.id,
        summary: `delegation from ${input.country} led by ${input.headOfDelegation} recorded at "${event.title}"`,
        changes: input,
      },
      result: row.id,
    };
  },
  revalidate: (input) => diplomacyPaths(eventPage(input.eventId), "/diplomacy/events", "/diplomacy/parties"),
  redirectTo: (input) => `${eventPage(input.eventId)}#delegations`,
});

async function lockDelegation(tx: Transaction, id: number) {
  const [row] = await tx.select().from(delegations).where(eq(delegations.id, id)).for("update");
  if (!row) throw new ActionError("notFound");
  return row;
}

export const updateDelegation = mutation({
  schema: updateDelegationSchema,
  permission: "diplomacy.manage",
  async run({ id, ...fields }, { tx }) {
    const before = await lockDelegation(tx, id);
    await checkDelegation(tx, fields);
    await tx.update(delegations).set(fields).where(eq(delegations.id, id));
    return {
      audit: {
        action: "delegation.update",
        entity: "delegation",
        entityId: id,
        summary: `delegation from ${fields.country} led by ${fields.headOfDelegation} updated`,
        changes: changedFields(before, fields),
      },
      result: before.eventId,
    };
  },
  revalidate: (_input, eventId) => diplomacyPaths(eventPage(eventId!), "/diplomacy/events", "/diplomacy/parties"),
  redirectTo: (_input, eventId) => `${eventPage(eventId!)}#delegations`,
});

export const deleteDelegation = mutation({
  schema: idSchema,
  permission: "diplomacy.manage",
  async run({ id }, { tx }) {
    const delegation = await lockDelegation(tx, id);
    await tx.delete(delegations).where(eq(delegations.id, id));
    return {
      audit: {
        action: "delegation.delete",
        entity: "delegation",
        entityId: id,
        summary: `delegation from ${delegation.country} led by ${delegation.headOfDelegation} deleted`,
        changes: { eventId: delegation.eventId, country: delegation.country, headOfDelegation: delegation.headOfDelegation },
      },
      result: delegation.eventId,
    };
  },
  revalidate: (_input, eventId) => diplomacyPaths(eventPage(eventId!), "/diplomacy/events", "/diplomacy/parties"),
  redirectTo: (_input, eventId) => `${eventPage(eventId!)}#delegations`,
});
