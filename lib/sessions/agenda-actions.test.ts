import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { agendaItems } from "@/db/schema";
import { demo, lastAudit, signInAs } from "@/tests/helpers";
import { addAgendaItem, deleteAgendaItem, moveAgendaItem, updateAgendaItem } from "./agenda-actions";
import { expectRefused, FORBIDDEN, REQUIRED, sessionByOrdinal, sittingsOf, workshopsOf } from "@/tests/fixtures/sessions";

async function agendaOfWorkshop(workshopId: number) {
  return db.select().from(agendaItems).where(eq(agendaItems.workshopId, workshopId)).orderBy(asc(agendaItems.position), asc(agendaItems.id));
}

async function ninthWorkshop(n = 1) {
  const ninth = await sessionByOrdinal(9);
  return (await workshopsOf(ninth.id))[n - 1];
}

const item = (overrides: Record<string, unknown> = {}) => ({ title: "بند للاختبار", startTime: "", durationMinutes: "", speaker: "", notes: "", ...overrides });

describe("addAgendaItem", () => {
  it("lets the bureau add an item at the end of a workshop's agenda", async () => {
    await signInAs(demo.bureau);
    const workshop = await ninthWorkshop(1);
    const before = await agendaOfWorkshop(workshop.id);
    const state = await addAgendaItem(null, { owner: "workshop", ownerId: String(workshop.id), ...item({ title: "كلمة الختام", startTime: "18:00", durationMinutes: "15", speaker: "المسير" }) });
    expect(state.ok).toBe(true);
    const after = await agendaOfWorkshop(workshop.id);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ title: "كلمة الختام", startTime: "18:00:00", durationMinutes: 15, speaker: "المسير", position: before.at(-1)!.position + 1, sittingId: null });
    expect((await lastAudit("agenda.add"))?.entityId).toBe(String(after.at(-1)!.id));
  });

  it("lets the admin add an item to a sitting", async () => {
    await signInAs(demo.admin);
    const [opening] = await sittingsOf((await sessionByOrdinal(9)).id);
    const state = await addAgendaItem(null, { owner: "sitting", ownerId: String(opening.id), ...item() });
    expect(state.ok).toBe(true);
    const [row] = await db.select().from(agendaItems).where(eq(agendaItems.sittingId, opening.id)).orderBy(asc(agendaItems.position)).offset(3);
    expect(row).toMatchObject({ title: "بند للاختبار", workshopId: null });
  });

  it("refuses members and officers, and an empty title", async () => {
    const workshop = await ninthWorkshop(2);
    for (const email of [demo.member, demo.officerSefrou]) {
      await signInAs(email);
      const state = await expectRefused(() => addAgendaItem(null, { owner: "workshop", ownerId: String(workshop.id), ...item() }), agendaItems);
      expect(state.message).toBe(FORBIDDEN);
    }
    await signInAs(demo.bureau);
    const empty = await expectRefused(() => addAgendaItem(null, { owner: "workshop", ownerId: String(workshop.id), ...item({ title: " " }) }), agendaItems);
    expect(empty.fieldErrors?.title).toBe(REQUIRED);
    const missing = await expectRefused(() => addAgendaItem(null, { owner: "workshop", ownerId: "999999", ...item() }), agendaItems);
    expect(missing.message).toBe("العنصر المطلوب غير موجود أو حُذف.");
  });
});

describe("moveAgendaItem", () => {
  it("swaps an item with its neighbour, up and down, and does nothing past the ends", async () => {
    await signInAs(demo.bureau);
    const workshop = await ninthWorkshop(3);
    const [first, second, third] = await agendaOfWorkshop(workshop.id);
    expect((await moveAgendaItem(null, { id: String(third.id), direction: "up" })).ok).toBe(true);
    expect((await agendaOfWorkshop(workshop.id)).map((i) => i.id)).toEqual([first.id, third.id, second.id]);
    expect((await lastAudit("agenda.move"))?.changes).toEqual({ position: { from: third.position, to: second.position } });
    expect((await moveAgendaItem(null, { id: String(first.id), direction: "down" })).ok).toBe(true);
    expect((await agendaOfWorkshop(workshop.id)).map((i) => i.id)).toEqual([third.id, first.id, second.id]);
    expect((await moveAgendaItem(null, { id: String(third.id), direction: "up" })).ok).toBe(true);
    expect((await agendaOfWorkshop(workshop.id)).map((i) => i.id)).toEqual([third.id, first.id, second.id]);
  });

  it("refuses the member, the order unchanged", async () => {
    const workshop = await ninthWorkshop(3);
    const before = (await agendaOfWorkshop(workshop.id)).map((i) => i.id);
    await signInAs(demo.member);
    await expectRefused(() => moveAgendaItem(null, { id: String(before[1]), direction: "up" }), agendaItems);
    expect((await agendaOfWorkshop(workshop.id)).map((i) => i.id)).toEqual(before);
  });
});

describe("updateAgendaItem and deleteAgendaItem", () => {
  it("edits an item in place and deletes another", async () => {
    await signInAs(demo.bureau);
    const workshop = await ninthWorkshop(2);
    const [first, second] = await agendaOfWorkshop(workshop.id);
    const state = await updateAgendaItem(null, { id: String(first.id), ...item({ title: "تقديم ورقة العمل ومناقشتها", durationMinutes: "45" }) });
    expect(state.ok).toBe(true);
    const [edited] = await db.select().from(agendaItems).where(eq(agendaItems.id, first.id));
    expect(edited).toMatchObject({ title: "تقديم ورقة العمل ومناقشتها", durationMinutes: 45, startTime: null, position: first.position });
    expect((await lastAudit("agenda.update"))?.changes).toMatchObject({ title: { from: first.title, to: "تقديم ورقة العمل ومناقشتها" } });

    await signInAs(demo.officerFes);
    await expectRefused(() => deleteAgendaItem(null, { id: String(second.id) }), agendaItems);
    await signInAs(demo.bureau);
    expect((await deleteAgendaItem(null, { id: String(second.id) })).ok).toBe(true);
    expect(await db.select().from(agendaItems).where(eq(agendaItems.id, second.id))).toHaveLength(0);
  });

  it("refuses an empty title on edit, the item unchanged", async () => {
    await signInAs(demo.bureau);
    const workshop = await ninthWorkshop(1);
    const [first] = await agendaOfWorkshop(workshop.id);
    const state = await updateAgendaItem(null, { id: String(first.id), ...item({ title: "" }) });
    expect(state.fieldErrors?.title).toBe(REQUIRED);
    const [row] = await db.select().from(agendaItems).where(eq(agendaItems.id, first.id));
    expect(row.title).toBe(first.title);
  });
});
