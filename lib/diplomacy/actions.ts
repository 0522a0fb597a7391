"use server";

import { count, eq } from "drizzle-orm";
import type { Transaction } from "@/db";
import { agreementParties, diplomaticMeetings, meetingParties, partnerParties } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import { claimVersion } from "@/lib/concurrency";
import { changedFields, checkPartiesExist, diplomacyPaths, refusal } from "./guards";
import { createMeetingSchema, createPartySchema, idSchema, partyFormValues, updateMeetingSchema, updatePartySchema } from "./schemas";
import * as clock from "@/lib/clock";

const partyPage = (id: number) => `/diplomacy/parties/${id}`;
const meetingPage = (id: number) => `/diplomacy/meetings/${id}`;

async function lockParty(tx: Transaction, id: number) {
  const [row] = await tx.select().from(partnerParties).where(eq(partnerParties.id, id)).for("update");
  if (!row) throw new ActionError("notFound");
  return row;
}

export const createParty = mutation({
  schema: createPartySchema,
  permission: "diplomacy.manage",
  async run(input, { tx }) {
    const [row] = await tx.insert(partnerParties).values(input).returning({ id: partnerParties.id });
    return {
      audit: { action: "party.create", entity: "partner_party", entityId: row.id, summary: `partner party "${input.nameAr}" (${input.country}) created`, changes: input },
      result: row.id,
    };
  },
  revalidate: () => diplomacyPaths("/diplomacy/parties"),
  redirectTo: (_input, id) => partyPage(id!),
});

export const updateParty = mutation({
  schema: updatePartySchema,
  permission: "diplomacy.manage",
  async run({ id, version: loaded, ...fields }, { tx }) {
    const before = await lockParty(tx, id);
    await claimVersion(tx, partnerParties, id, loaded, partyFormValues);
    await tx
      .update(partnerParties)
      .set({ ...fields, updatedAt: clock.now() })
      .where(eq(partnerParties.id, id));
    return {
      audit: { action: "party.update", entity: "partner_party", entityId: id, summary: `partner party "${fields.nameAr}" updated`, changes: changedFields(before, fields) },
    };
  },
  revalidate: (input) => diplomacyPaths("/diplomacy/parties", partyPage(input.id)),
  redirectTo: (input) => partyPage(input.id),
});

export const deleteParty = mutation({
  schema: idSchema,
  permission: "diplomacy.manage",
  async run({ id }, { tx }) {
    const party = await lockParty(tx, id);
    // a party named in a meeting or an agreement stays: deleting it would silently rewrite those records
    const [{ meetings }] = await tx.select({ meetings: count() }).from(meetingParties).where(eq(meetingParties.partyId, id));
    const [{ agreements }] = await tx.select({ agreements: count() }).from(agreementParties).where(eq(agreementParties.partyId, id));
    if (meetings + agreements > 0) throw await refusal("partyHasRecords");
    await tx.delete(partnerParties).where(eq(partnerParties.id, id));
    return {
      audit: {
        action: "party.delete",
        entity: "partner_party",
        entityId: id,
        summary: `partner party "${party.nameAr}" (${party.country}) deleted`,
        changes: { nameAr: party.nameAr, nameOriginal: party.nameOriginal, country: party.country },
      },
    };
  },
  revalidate: () => diplomacyPaths("/diplomacy/parties", "/diplomacy/events"),
  redirectTo: () => "/diplomacy/parties",
});

type MeetingInput = typeof createMeetingSchema._output;

function meetingRow({ where, partyIds: _ids, ...fields }: MeetingInput) {
  return { ...fields, received: where === "received" };
}

async function setMeetingParties(tx: Transaction, meetingId: number, partyIds: number[]) {
  await tx.delete(meetingParties).where(eq(meetingParties.meetingId, meetingId));
  await tx.insert(meetingParties).values(partyIds.map((partyId) => ({ meetingId, partyId })));
}

export const createMeeting = mutation({
  schema: createMeetingSchema,
  permission: "diplomacy.manage",
  async run(input, { tx }) {
    const parties = await checkPartiesExist(tx, input.partyIds);
    const [row] = await tx.insert(diplomaticMeetings).values(meetingRow(input)).returning({ id: diplomaticMeetings.id });
    await setMeetingParties(tx, row.id, input.partyIds);
    const withWhom = parties.map((p) => p.nameAr).join(", ");
    return {
      audit: {
        action: "meeting.create",
        entity: "diplomatic_meeting",
        entityId: row.id,
        summary: `${input.where === "received" ? "received" : "visited"} ${withWhom} on ${input.date} in ${input.place}`,
        changes: input,
      },
      result: row.id,
    };
  },
  revalidate: (_input, id) => diplomacyPaths("/diplomacy/meetings", meetingPage(id!)),
  redirectTo: (_input, id) => meetingPage(id!),
});

export const updateMeeting = mutation({
  schema: updateMeetingSchema,
  permission: "diplomacy.manage",
  async run({ id, ...input }, { tx }) {
    const [before] = await tx.select().from(diplomaticMeetings).where(eq(diplomaticMeetings.id, id)).for("update");
    if (!before) throw new ActionError("notFound");
    await checkPartiesExist(tx, input.partyIds);
    const beforeParties = (await tx.select({ id: meetingParties.partyId }).from(meetingParties).where(eq(meetingParties.meetingId, id))).map((p) => p.id);
    const fields = meetingRow(input);
    await tx.update(diplomaticMeetings).set(fields).where(eq(diplomaticMeetings.id, id));
    await setMeetingParties(tx, id, input.partyIds);
    return {
      audit: {
        action: "meeting.update",
        entity: "diplomatic_meeting",
        entityId: id,
        summary: `meeting of ${input.date} in ${input.place} updated`,
        changes: changedFields({ ...before, partyIds: beforeParties.sort((a, b) => a - b) }, { ...fields, partyIds: [...input.partyIds].sort((a, b) => a - b) }),
      },
    };
  },
  revalidate: (input) => diplomacyPaths("/diplomacy/meetings", meetingPage(input.id), "/diplomacy/parties"),
  redirectTo: (input) => meetingPage(input.id),
});

export const deleteMeeting = mutation({
  schema: idSchema,
  permission: "diplomacy.manage",
  async run({ id }, { tx }) {
    const [meeting] = await tx.delete(diplomaticMeetings).where(eq(diplomaticMeetings.id, id)).returning();
    if (!meeting) throw new ActionError("notFound");
    return {
      audit: {
        action: "meeting.delete",
        entity: "diplomatic_meeting",
        entityId: id,
        summary: `meeting of ${meeting.date} in ${meeting.place} deleted`,
        changes: { date: meeting.date, place: meeting.place, received: meeting.received },
      },
    };
  },
  revalidate: () => diplomacyPaths("/diplomacy/meetings", "/diplomacy/parties"),
  redirectTo: () => "/diplomacy/meetings",
});
