import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { diplomaticMeetings, meetingParties, partnerParties } from "@/db/schema";
import { expectSavedOver, expectStale, versionOf } from "@/tests/concurrency";
import { demo, lastAudit, signInAs } from "@/tests/helpers";
import { createMeeting, createParty, deleteMeeting, deleteParty, updateMeeting, updateParty } from "./actions";
import { CHOICE, expectDeniedToOfficersAndMembers, expectRedirect, partyByKey, refused, REQUIRED } from "@/tests/fixtures/diplomacy";

const partyFields = (nameAr: string) => ({
  nameOriginal: "Partido de Prueba",
  nameAr,
  country: "pe",
  orientation: "يسار الوسط",
  relationsSince: "2020-01-15",
  contacts: "",
  notes: "",
});

const partiesNamed = (nameAr: string) => db.select().from(partnerParties).where(eq(partnerParties.nameAr, nameAr));

async function newParty(nameAr: string) {
  const [row] = await db.insert(partnerParties).values({ nameOriginal: `Party ${nameAr}`, nameAr, country: "ES" }).returning();
  return row;
}

describe("createParty", () => {
  it("lets admin and bureau add a partner party, redirects to it and audits party.create", async () => {
    for (const email of [demo.admin, demo.bureau]) {
      const name = `حزب تجريبي ${email}`;
      await expectRedirect(email, () => createParty(null, partyFields(name)), /NEXT_REDIRECT \/diplomacy\/parties\/\d+$/);
      const [row] = await partiesNamed(name);
      expect(row).toMatchObject({ country: "PE", nameOriginal: "Partido de Prueba", orientation: "يسار الوسط", relationsSince: "2020-01-15", contacts: null });
      expect(await lastAudit("party.create")).toMatchObject({ entity: "partner_party", entityId: String(row.id), summary: `partner party "${name}" (PE) created` });
    }
  });

  it("refuses officers and members, writing nothing", async () => {
    await expectDeniedToOfficersAndMembers(() => createParty(null, partyFields("حزب مرفوض")));
    expect(await partiesNamed("حزب مرفوض")).toHaveLength(0);
  });

  it("answers an empty Arabic name and an unknown country under their fields", async () => {
    await signInAs(demo.bureau);
    const empty = await refused(() => createParty(null, { ...partyFields("  "), country: "" }));
    expect(empty.fieldErrors).toMatchObject({ nameAr: REQUIRED, country: REQUIRED });
    const unknown = await refused(() => createParty(null, { ...partyFields("حزب من بلد مجهول"), country: "XX" }));
    expect(unknown.fieldErrors).toEqual({ country: CHOICE });
    const badDate = await refused(() => createParty(null, { ...partyFields("حزب بتاريخ خاطئ"), relationsSince: "2020-13-45" }));
    expect(badDate.fieldErrors?.relationsSince).toBe("أدخل تاريخًا صحيحًا.");
  });
});

describe("updateParty", () => {
  it("lets the bureau edit, recording the changed fields", async () => {
    const party = await newParty("حزب قبل التعديل");
    await expectRedirect(demo.bureau, async () => updateParty(null, { id: String(party.id), version: await versionOf(partnerParties, party.id), ...partyFields("حزب بعد التعديل"), country: "ES" }), new RegExp(`/diplomacy/parties/${party.id}$`));
    const audit = await lastAudit("party.update");
    expect(audit?.summary).toBe(`partner party "حزب بعد التعديل" updated`);
    expect(audit?.changes).toMatchObject({ nameAr: { from: "حزب قبل التعديل", to: "حزب بعد التعديل" }, nameOriginal: { to: "Partido de Prueba" } });
    expect(audit?.changes).not.toHaveProperty("country");
  });

  it("refuses officers and members, bad input, and a missing party", async () => {
    const party = await newParty("حزب محمي");
    await expectDeniedToOfficersAndMembers(async () => updateParty(null, { id: party.id, version: await versionOf(partnerParties, party.id), ...partyFields("حزب مخترق") }));
    await signInAs(demo.bureau);
    expect((await refused(async () => updateParty(null, { id: party.id, version: await versionOf(partnerParties, party.id), ...partyFields("") }))).fieldErrors?.nameAr).toBe(REQUIRED);
    expect((await refused(() => updateParty(null, { id: 999_999, version: 1, ...partyFields("حزب غائب") }))).message).toBe("العنصر المطلوب غير موجود أو حُذف.");
    expect((await partiesNamed("حزب محمي"))[0].nameAr).toBe("حزب محمي");
  });
});

describe("deleteParty", () => {
  it("deletes a party with no meetings nor agreements, and audits it", async () => {
    const party = await newParty("حزب للحذف");
    await expectDeniedToOfficersAndMembers(() => deleteParty(null, { id: party.id }));
    await expectRedirect(demo.bureau, () => deleteParty(null, { id: party.id }), /NEXT_REDIRECT \/diplomacy\/parties$/);
    expect(await partiesNamed("حزب للحذف")).toHaveLength(0);
    expect(await lastAudit("party.delete")).toMatchObject({ entityId: String(party.id), summary: `partner party "حزب للحذف" (ES) deleted` });
  });

  it("keeps a party named in a meeting or an agreement", async () => {
    const peru = await partyByKey("Fuerza Popular");
    await signInAs(demo.bureau);
    const state = await refused(() => deleteParty(null, { id: peru.id }));
    expect(state.message).toBe("لا يُحذف حزب مرتبط بلقاءات أو اتفاقيات.");
  });
});

const meetingFields = (partyIds: number[], place = "المقر المركزي بالرباط") => ({
  date: "2026-10-12",
  place,
  where: "received",
  partyIds: partyIds.map(String),
  ourParticipants: "الأمين العام\r\nعضو المكتب السياسي\n\n",
  theirParticipants: "رئيس الوفد",
  topics: "العلاقات الثنائية",
  outcome: "",
});

describe("createMeeting", () => {
  it("records a visit received at headquarters with its parties and participants, and audits meeting.create", async () => {
    const pcf = await partyByKey("Parti communiste français");
    const pce = await partyByKey("Partido Comunista de España");
    await expectRedirect(demo.bureau, () => createMeeting(null, { ...meetingFields([pcf.id, pce.id, pcf.id], "مقر اللقاء الأول") }), /NEXT_REDIRECT \/diplomacy\/meetings\/\d+$/);
    const [meeting] = await db.select().from(diplomaticMeetings).where(eq(diplomaticMeetings.place, "مقر اللقاء الأول"));
    expect(meeting).toMatchObject({ received: true, ourParticipants: ["الأمين العام", "عضو المكتب السياسي"], theirParticipants: ["رئيس الوفد"], outcome: null });
    const linked = await db.select().from(meetingParties).where(eq(meetingParties.meetingId, meeting.id));
    expect(linked.map((l) => l.partyId).sort()).toEqual([pcf.id, pce.id].sort());
    const audit = await lastAudit("meeting.create");
    expect(audit).toMatchObject({ entity: "diplomatic_meeting", entityId: String(meeting.id) });
    expect(audit?.summary).toContain("received");
  });

  it("refuses officers and members, writing nothing", async () => {
    const pcf = await partyByKey("Parti communiste français");
    await expectDeniedToOfficersAndMembers(() => createMeeting(null, meetingFields([pcf.id], "لقاء مرفوض")));
  });

  it("needs a party, a place and a date; an unknown party is answered under the parties", async () => {
    await signInAs(demo.bureau);
    const state = await refused(() => createMeeting(null, { ...meetingFields([]), place: "", date: "" }));
    expect(state.fieldErrors).toMatchObject({ partyIds: REQUIRED, place: REQUIRED, date: REQUIRED });
    const unknown = await refused(() => createMeeting(null, meetingFields([999_999])));
    expect(unknown.fieldErrors?.partyIds).toBe("أحد الأحزاب المختارة غير موجود. أعد الاختيار.");
  });
});

describe("updateMeeting and deleteMeeting", () => {
  it("edits a meeting (abroad now, other parties) and deletes it, each audited", async () => {
    const pcf = await partyByKey("Parti communiste français");
    const icp = await partyByKey("Iraqi Communist Party");
    const [meeting] = await db.insert(diplomaticMeetings).values({ date: "2026-01-10", place: "لقاء للتعديل" }).returning();
    await db.insert(meetingParties).values({ meetingId: meeting.id, partyId: pcf.id });

    await expectDeniedToOfficersAndMembers(() => updateMeeting(null, { id: meeting.id, ...meetingFields([icp.id], "بغداد") }));
    await expectRedirect(demo.bureau, () => updateMeeting(null, { id: meeting.id, ...meetingFields([icp.id], "بغداد"), where: "abroad" }), new RegExp(`/diplomacy/meetings/${meeting.id}$`));
    const [after] = await db.select().from(diplomaticMeetings).where(eq(diplomaticMeetings.id, meeting.id));
    expect(after).toMatchObject({ place: "بغداد", received: false, date: "2026-10-12" });
    expect((await db.select().from(meetingParties).where(eq(meetingParties.meetingId, meeting.id))).map((l) => l.partyId)).toEqual([icp.id]);
    const audit = await lastAudit("meeting.update");
    expect(audit?.changes).toMatchObject({ place: { from: "لقاء للتعديل", to: "بغداد" }, received: { from: true, to: false }, partyIds: { from: [pcf.id], to: [icp.id] } });

    await signInAs(demo.bureau);
    expect((await refused(() => updateMeeting(null, { id: meeting.id, ...meetingFields([icp.id]), where: "nowhere" }))).fieldErrors?.where).toBe(CHOICE);

    await expectDeniedToOfficersAndMembers(() => deleteMeeting(null, { id: meeting.id }));
    await expectRedirect(demo.admin, () => deleteMeeting(null, { id: meeting.id }), /NEXT_REDIRECT \/diplomacy\/meetings$/);
    expect(await db.select().from(diplomaticMeetings).where(eq(diplomaticMeetings.id, meeting.id))).toHaveLength(0);
    expect(await lastAudit("meeting.delete")).toMatchObject({ entityId: String(meeting.id), summary: "meeting of 2026-10-12 in بغداد deleted" });
  });
});

describe("updateParty from a stale version", () => {
  it("refuses a save from a replaced version, with the party as its form shows it; passes from the new one", async () => {
    const party = await newParty("حزب التعارض");
    await signInAs(demo.bureau);
    const fields = { id: String(party.id), ...partyFields("حزب التعارض") };
    await expectSavedOver(partnerParties, party.id, () => updateParty(null, { ...fields, version: "1", orientation: "يسار" }));
    const current = await expectStale(partnerParties, party.id, () => updateParty(null, { ...fields, version: "1", notes: "ملاحظة ثانية" }));
    expect(current).toMatchObject({ id: String(party.id), version: "2", nameAr: "حزب التعارض", orientation: "يسار", notes: "" });
    await expectSavedOver(partnerParties, party.id, () => updateParty(null, { ...fields, version: "2", notes: "ملاحظة ثانية" }));
  });
});
