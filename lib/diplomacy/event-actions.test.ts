import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { delegations, partyEvents } from "@/db/schema";
import { demo, lastAudit, signInAs } from "@/tests/helpers";
import { createDelegation, createEvent, deleteDelegation, deleteEvent, updateDelegation, updateEvent } from "./event-actions";
import { CHOICE, eighthCongress, expectDeniedToOfficersAndMembers, expectRedirect, partyByKey, refused, REQUIRED } from "@/tests/fixtures/diplomacy";

const eventFields = (title: string) => ({
  kind: "conference",
  ordinal: "",
  title,
  startsOn: "2026-12-05",
  endsOn: "2026-12-06",
  venue: "قاعة المؤتمرات",
  city: "الرباط",
  description: "",
});

const eventsTitled = (title: string) => db.select().from(partyEvents).where(eq(partyEvents.title, title));

async function newEvent(title: string) {
  const [row] = await db.insert(partyEvents).values({ kind: "festival", title, startsOn: "2026-06-01", endsOn: "2026-06-02", city: "الدار البيضاء" }).returning();
  return row;
}

describe("createEvent", () => {
  it("lets admin and bureau record an event and audits event.create", async () => {
    for (const email of [demo.admin, demo.bureau]) {
      const title = `ندوة دولية ${email}`;
      await expectRedirect(email, () => createEvent(null, eventFields(title)), /NEXT_REDIRECT \/diplomacy\/events\/\d+$/);
      const [row] = await eventsTitled(title);
      expect(row).toMatchObject({ kind: "conference", ordinal: null, city: "الرباط", description: null });
      expect(await lastAudit("event.create")).toMatchObject({ entity: "party_event", entityId: String(row.id) });
    }
  });

  it("refuses officers and members, writing nothing", async () => {
    await expectDeniedToOfficersAndMembers(() => createEvent(null, eventFields("تظاهرة مرفوضة")));
    expect(await eventsTitled("تظاهرة مرفوضة")).toHaveLength(0);
  });

  it("refuses an end before the start, a congress without its ordinal or with a taken one, and empty fields", async () => {
    await signInAs(demo.bureau);
    const reversed = await refused(() => createEvent(null, { ...eventFields("تظاهرة معكوسة"), startsOn: "2026-12-06", endsOn: "2026-12-05" }));
    expect(reversed.fieldErrors).toEqual({ endsOn: "يجب ألا يسبق تاريخ النهاية تاريخ البداية." });
    const noOrdinal = await refused(() => createEvent(null, { ...eventFields("مؤتمر بلا رقم"), kind: "congress" }));
    expect(noOrdinal.fieldErrors).toEqual({ ordinal: "حدد رقم المؤتمر." });
    const taken = await refused(() => createEvent(null, { ...eventFields("مؤتمر مكرر"), kind: "congress", ordinal: "8" }));
    expect(taken.fieldErrors).toEqual({ ordinal: "يوجد مؤتمر بهذا الرقم من قبل." });
    const empty = await refused(() => createEvent(null, { ...eventFields(""), city: "", startsOn: "", kind: "party" }));
    expect(empty.fieldErrors).toMatchObject({ title: REQUIRED, city: REQUIRED, startsOn: REQUIRED, kind: CHOICE });
  });
});

describe("updateEvent and deleteEvent", () => {
  it("edits an event, keeps its own congress ordinal, and deletes it with its delegations", async () => {
    const event = await newEvent("مهرجان للتعديل");
    await expectDeniedToOfficersAndMembers(() => updateEvent(null, { id: event.id, ...eventFields("مهرجان مخترق") }));
    await expectRedirect(demo.bureau, () => updateEvent(null, { id: event.id, ...eventFields("مؤتمر بعد التعديل"), kind: "congress", ordinal: "12" }), new RegExp(`/diplomacy/events/${event.id}$`));
    const audit = await lastAudit("event.update");
    expect(audit?.changes).toMatchObject({ kind: { from: "festival", to: "congress" }, ordinal: { from: null, to: 12 } });
    // saving again with the same ordinal is no clash with itself
    await expectRedirect(demo.bureau, () => updateEvent(null, { id: event.id, ...eventFields("مؤتمر بعد التعديل"), kind: "congress", ordinal: "12", city: "فاس" }));

    await signInAs(demo.bureau);
    const reversed = await refused(() => updateEvent(null, { id: event.id, ...eventFields("x"), startsOn: "2026-12-07" }));
    expect(reversed.fieldErrors?.endsOn).toBe("يجب ألا يسبق تاريخ النهاية تاريخ البداية.");

    const pcf = await partyByKey("Parti communiste français");
    await db.insert(delegations).values({ eventId: event.id, partyId: pcf.id, country: "FR", headOfDelegation: "ضيف" });
    await expectDeniedToOfficersAndMembers(() => deleteEvent(null, { id: event.id }));
    await expectRedirect(demo.bureau, () => deleteEvent(null, { id: event.id }), /NEXT_REDIRECT \/diplomacy\/events$/);
    expect(await db.select().from(delegations).where(eq(delegations.eventId, event.id))).toHaveLength(0);
    expect(await lastAudit("event.delete")).toMatchObject({ summary: `event "مؤتمر بعد التعديل" deleted with 1 delegation(s)` });
  });
});

const delegationFields = (eventId: number, head: string, partyId?: number) => ({
  eventId: String(eventId),
  partyId: partyId ? String(partyId) : "",
  country: "fr",
  headOfDelegation: head,
  members: "Claire Martin\nPaul Girard\n",
  arrivedOn: "2026-12-04",
  leftOn: "2026-12-07",
  spoke: "on",
  notes: "",
});

describe("createDelegation", () => {
  it("records a delegation at an event, with its members one per line, and audits delegation.create", async () => {
    const congress = await eighthCongress();
    const pcf = await partyByKey("Parti communiste français");
    await expectRedirect(demo.bureau, () => createDelegation(null, delegationFields(congress.id, "Jean Moreau", pcf.id)), new RegExp(`/diplomacy/events/${congress.id}#delegations$`));
    const [row] = await db.select().from(delegations).where(eq(delegations.headOfDelegation, "Jean Moreau"));
    expect(row).toMatchObject({ eventId: congress.id, partyId: pcf.id, country: "FR", members: ["Claire Martin", "Paul Girard"], spoke: true });
    expect(await lastAudit("delegation.create")).toMatchObject({ entity: "delegation", entityId: String(row.id), summary: `delegation from FR led by Jean Moreau recorded at "المؤتمر الوطني الثامن"` });

    // a delegation need not come from a known party
    await expectRedirect(demo.admin, () => createDelegation(null, { ...delegationFields(congress.id, "وفد بلا حزب"), country: "PE", spoke: "" }));
    const [free] = await db.select().from(delegations).where(eq(delegations.headOfDelegation, "وفد بلا حزب"));
    expect(free).toMatchObject({ partyId: null, country: "PE", spoke: false });
  });

  it("refuses officers and members, writing nothing", async () => {
    const congress = await eighthCongress();
    await expectDeniedToOfficersAndMembers(() => createDelegation(null, delegationFields(congress.id, "وفد مرفوض")));
  });

  it("refuses bad input: no head, an unknown country, leaving before arriving, an unknown party or event", async () => {
    const congress = await eighthCongress();
    await signInAs(demo.bureau);
    const empty = await refused(() => createDelegation(null, { ...delegationFields(congress.id, " "), country: "ZZ" }));
    expect(empty.fieldErrors).toMatchObject({ headOfDelegation: REQUIRED, country: CHOICE });
    const reversed = await refused(() => createDelegation(null, { ...delegationFields(congress.id, "وفد معكوس"), arrivedOn: "2026-12-08" }));
    expect(reversed.fieldErrors).toEqual({ leftOn: "يجب ألا يسبق تاريخ المغادرة تاريخ الوصول." });
    const noParty = await refused(() => createDelegation(null, delegationFields(congress.id, "وفد حزب مجهول", 999_999)));
    expect(noParty.fieldErrors).toEqual({ partyId: "أحد الأحزاب المختارة غير موجود. أعد الاختيار." });
    expect((await refused(() => createDelegation(null, delegationFields(999_999, "وفد بلا تظاهرة")))).message).toBe("العنصر المطلوب غير موجود أو حُذف.");
  });
});

describe("updateDelegation and deleteDelegation", () => {
  it("edits and deletes a delegation, each audited; officers and members are refused", async () => {
    const event = await newEvent("تظاهرة الوفود");
    const [delegation] = await db.insert(delegations).values({ eventId: event.id, country: "JP", headOfDelegation: "Hiro Tanaka" }).returning();

    await expectDeniedToOfficersAndMembers(() => updateDelegation(null, { id: delegation.id, ...delegationFields(event.id, "Hiro Tanaka") }));
    await expectRedirect(demo.bureau, () => updateDelegation(null, { id: delegation.id, ...delegationFields(event.id, "Kenji Ito"), country: "JP" }), new RegExp(`/diplomacy/events/${event.id}#delegations$`));
    const audit = await lastAudit("delegation.update");
    expect(audit?.changes).toMatchObject({ headOfDelegation: { from: "Hiro Tanaka", to: "Kenji Ito" }, members: { from: [], to: ["Claire Martin", "Paul Girard"] }, spoke: { from: false, to: true } });

    await signInAs(demo.bureau);
    expect((await refused(() => updateDelegation(null, { id: delegation.id, ...delegationFields(event.id, "Kenji Ito"), leftOn: "2026-12-01" }))).fieldErrors?.leftOn).toBe(
      "يجب ألا يسبق تاريخ المغادرة تاريخ الوصول.",
    );

    await expectDeniedToOfficersAndMembers(() => deleteDelegation(null, { id: delegation.id }));
    await expectRedirect(demo.bureau, () => deleteDelegation(null, { id: delegation.id }), new RegExp(`/diplomacy/events/${event.id}#delegations$`));
    expect(await db.select().from(delegations).where(eq(delegations.id, delegation.id))).toHaveLength(0);
    expect(await lastAudit("delegation.delete")).toMatchObject({ entityId: String(delegation.id), summary: "delegation from JP led by Kenji Ito deleted" });
  });
});
