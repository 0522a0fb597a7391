import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { committeeSessions, workshopParticipants, workshops } from "@/db/schema";
import { demo, getCurrentUser, signInAs, today } from "@/tests/helpers";
import { attendanceSheet } from "./attendance-queries";
import { encodeCursor } from "@/lib/pagination/cursor";
import { findSession, listSessions, nextOrdinal, SESSIONS_PAGE_SIZE, sessionListFiltersFrom, sessionProgramme, upcomingSessions } from "./queries";
import { committeeMembers, memberIdOf, sessionByOrdinal, sittingsOf, workshopsOf } from "@/tests/fixtures/sessions";
import { findWorkshop, workshopParticipantList, workshopsOfMember } from "./workshop-queries";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

/** A draft session a year and a bit ahead of the app's clock: after the seeded 9th. */
async function insertDraft(ordinal: number) {
  const [row] = await db
    .insert(committeeSessions)
    .values({ ordinal, title: "دورة في طور الإعداد", startsOn: today(430), endsOn: today(431), venue: "المقر", city: "الرباط" })
    .returning();
  return row;
}

describe("listSessions", () => {
  it("shows upcoming sessions first, then past ones, and drafts only to the Bureau", async () => {
    const draft = await insertDraft(10);
    const bureau = await listSessions(await viewer(demo.bureau), sessionListFiltersFrom({}));
    expect(bureau.rows.map((r) => [r.ordinal, r.upcoming])).toEqual([
      [9, true],
      [10, true],
      [8, false],
    ]);
    expect(bureau.rows.find((r) => r.ordinal === 8)?.workshops).toBe(3);

    for (const email of [demo.member, demo.officerFes]) {
      const list = await listSessions(await viewer(email), sessionListFiltersFrom({}));
      expect(list.rows.map((r) => r.ordinal)).toEqual([9, 8]);
      expect(list.total).toEqual({ count: 2, atLeast: false });
      const drafts = await listSessions(await viewer(email), sessionListFiltersFrom({ status: "draft" }));
      expect(drafts.rows).toEqual([]);
    }
    const filtered = await listSessions(await viewer(demo.admin), sessionListFiltersFrom({ status: "draft" }));
    expect(filtered.rows.map((r) => r.id)).toEqual([draft.id]);
  });

  it("ignores an unknown status, and reads the first page for a cursor that does not decode", async () => {
    expect(sessionListFiltersFrom({ status: "secret", page: "-3" })).toEqual({ status: null, after: undefined, before: undefined });
    const bureau = await viewer(demo.bureau);
    const first = await listSessions(bureau, sessionListFiltersFrom({}));
    for (const bad of ["x", "%00", encodeCursor(["2030-01-01", 3]), encodeCursor([0, 3]), encodeCursor([5])]) {
      expect((await listSessions(bureau, sessionListFiltersFrom({ after: bad, before: bad }))).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    }
  });

  it("pages by key in the same order, upcoming then past, and keeps drafts from a member on every page", async () => {
    const extra = [];
    for (let i = 0; i < SESSIONS_PAGE_SIZE + 6; i++) {
      const [row] = await db
        .insert(committeeSessions)
        .values({ ordinal: 100 + i, title: `دورة ${i}`, status: i % 5 === 0 ? "draft" : "convened", startsOn: today(-1000 - i), endsOn: today(-999 - i), venue: "المقر", city: "الرباط" })
        .returning();
      extra.push(row);
    }
    for (const email of [demo.bureau, demo.member]) {
      const reader = await viewer(email);
      const pages = [await listSessions(reader, sessionListFiltersFrom({}))];
      while (pages.at(-1)!.hasNext) pages.push(await listSessions(reader, sessionListFiltersFrom({ after: pages.at(-1)!.nextCursor! })));
      expect(pages.length).toBeGreaterThan(1);
      const ids = pages.flatMap((p) => p.rows.map((r) => r.id));
      const all = await db.select().from(committeeSessions);
      const visible = all.filter((r) => email === demo.bureau || r.status !== "draft");
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(visible.length);
      // upcoming first, soonest first; then the past, latest first
      const rows = pages.flatMap((p) => p.rows);
      const firstPast = rows.findIndex((r) => !r.upcoming);
      expect(rows.slice(firstPast).every((r) => !r.upcoming)).toBe(true);
      const past = rows.slice(firstPast).map((r) => r.startsOn);
      expect([...past].sort().reverse()).toEqual(past);
      const back = await listSessions(reader, sessionListFiltersFrom({ before: pages[1].previousCursor! }));
      expect(back.rows.map((r) => r.id)).toEqual(pages[0].rows.map((r) => r.id));
    }
    await db.delete(committeeSessions).where(inArray(committeeSessions.id, extra.map((r) => r.id)));
  });
});

describe("findSession", () => {
  it("answers null to a member asking for a draft by id, and the session to the Bureau", async () => {
    const draft = await insertDraft(11);
    expect(await findSession(await viewer(demo.member), draft.id)).toBeNull();
    expect(await findSession(await viewer(demo.officerSouss), draft.id)).toBeNull();
    expect(await sessionProgramme(await viewer(demo.member), draft.id)).toBeNull();
    expect((await findSession(await viewer(demo.bureau), draft.id))?.ordinal).toBe(11);
    const ninth = await sessionByOrdinal(9);
    expect((await findSession(await viewer(demo.member), ninth.id))?.status).toBe("convened");
  });

  it("hides a draft session's workshops from members", async () => {
    const draft = await insertDraft(12);
    const [workshop] = await db
      .insert(workshops)
      .values({ sessionId: draft.id, number: 1, title: "ورشة", date: today(430), startTime: "10:00", endTime: "12:00" })
      .returning();
    expect(await findWorkshop(await viewer(demo.member), draft.id, workshop.id)).toBeNull();
    expect(await findWorkshop(await viewer(demo.bureau), draft.id, workshop.id)).not.toBeNull();
  });

  it("suggests the ordinal after the highest one", async () => {
    expect(await nextOrdinal(await viewer(demo.bureau))).toBeGreaterThanOrEqual(10);
  });
});

describe("sessionProgramme", () => {
  it("gathers the 8th session's sittings, workshops, agendas, meetings, recommendations and attendance", async () => {
    const eighth = await sessionByOrdinal(8);
    const programme = (await sessionProgramme(await viewer(demo.member), eighth.id))!;
    expect(programme.sittings.map((s) => [s.kind, s.date])).toEqual([
      ["opening", "2017-02-04"],
      ["closing", "2017-02-05"],
    ]);
    expect(programme.sittings[0].agenda.map((i) => i.position)).toEqual([1, 2, 3, 4]);
    const committee = (await committeeMembers()).length;
    const { present, excused, absent } = programme.sittings[0].attendance;
    expect(present + excused + absent).toBe(committee);
    expect(present).toBeGreaterThan(excused + absent);
    expect(programme.workshops.map((w) => w.number)).toEqual([1, 2, 3]);
    expect(programme.workshops[1].questions).toContain("كيف يمكن تحويل التأثير التنظيمي والإشعاع السياسي إلى قوة انتخابية؟");
    expect(programme.workshops.every((w) => w.participants > 20 && w.recommendations.length >= 3 && w.facilitatorName && w.rapporteurName)).toBe(true);
    expect(programme.meetings.map((m) => [m.city, m.status])).toEqual([
      ["أكادير", "held"],
      ["الدار البيضاء", "held"],
      ["الرباط", "held"],
    ]);
  });
});

describe("workshop queries", () => {
  it("flags a participant also placed in a workshop at the same time", async () => {
    const ninth = await sessionByOrdinal(9);
    const [first, second] = await workshopsOf(ninth.id);
    const member = await memberIdOf(demo.member);
    const bureau = await viewer(demo.bureau);
    expect((await workshopParticipantList(bureau, ninth.id, first.id)).every((p) => p.overlaps.length === 0)).toBe(true);
    await db.insert(workshopParticipants).values({ workshopId: second.id, memberId: member });
    const rows = await workshopParticipantList(bureau, ninth.id, first.id);
    const flagged = rows.filter((p) => p.overlaps.length);
    expect(flagged.map((p) => p.id)).toEqual([member]);
    expect(flagged[0].overlaps[0]).toMatchObject({ workshopId: second.id, number: 2 });
    expect(rows.find((p) => p.id === member)?.committee).toBe(true);
    await db.delete(workshopParticipants).where(and(eq(workshopParticipants.workshopId, second.id), eq(workshopParticipants.memberId, member)));
  });


  it("lists the member's own workshops with their part in each", async () => {
    const mine = await workshopsOfMember(await viewer(demo.member));
    expect(mine.map((w) => [w.ordinal, w.number, w.roles])).toEqual([[9, 1, ["participant"]]]);
    const upcoming = await workshopsOfMember(await viewer(demo.member), { upcomingOnly: true });
    expect(upcoming).toHaveLength(1);
    const bureauMine = await workshopsOfMember(await viewer(demo.bureau));
    expect(bureauMine.map((w) => [w.ordinal, w.number, w.roles])).toContainEqual([9, 2, ["facilitator"]]);
    expect(await workshopsOfMember(await viewer(demo.admin))).toEqual([]);
  });

  it("lists the published sessions to come", async () => {
    const rows = await upcomingSessions(await viewer(demo.member));
    expect(rows.map((r) => r.ordinal)).toEqual([9]);
  });
});

describe("attendanceSheet", () => {
  it("pages the Central Committee 25 at a time, with counts over the whole committee", async () => {
    const eighth = await sessionByOrdinal(8);
    const [opening] = await sittingsOf(eighth.id);
    const bureau = await viewer(demo.bureau);
    const sheet = (await attendanceSheet(bureau, eighth.id, opening.id, {}))!;
    const committee = (await committeeMembers()).length;
    expect(sheet.rows).toHaveLength(25);
    expect([sheet.hasPrevious, sheet.hasNext]).toEqual([false, committee > 25]);
    expect(sheet.counts.present + sheet.counts.excused + sheet.counts.absent).toBe(committee);
    expect(sheet.unrecorded).toBe(0);
    expect(sheet.rows.every((r) => r.status !== null)).toBe(true);

    // every member once, page after page, in the directory's order
    const ids: number[] = [];
    for (let page = sheet; ; ) {
      ids.push(...page.rows.map((r) => r.id));
      if (!page.hasNext) break;
      page = (await attendanceSheet(bureau, eighth.id, opening.id, { after: page.nextCursor! }))!;
    }
    expect(new Set(ids).size).toBe(committee);
    expect(ids).toHaveLength(committee);
    const second = (await attendanceSheet(bureau, eighth.id, opening.id, { after: sheet.nextCursor! }))!;
    const back = (await attendanceSheet(bureau, eighth.id, opening.id, { before: second.previousCursor! }))!;
    expect(back.rows.map((r) => r.id)).toEqual(sheet.rows.map((r) => r.id));
    for (const bad of ["x", encodeCursor([1, "أ"]), encodeCursor(["أ"])]) {
      expect((await attendanceSheet(bureau, eighth.id, opening.id, { after: bad, before: bad }))!.rows.map((r) => r.id)).toEqual(sheet.rows.map((r) => r.id));
    }
    const one = sheet.rows[3];
    const searched = (await attendanceSheet(bureau, eighth.id, opening.id, { q: one.memberNumber }))!;
    expect(searched.rows.map((r) => r.id)).toEqual([one.id]);
  });

  it("is for the Bureau only, and only for a sitting of that session", async () => {
    const eighth = await sessionByOrdinal(8);
    const ninth = await sessionByOrdinal(9);
    const [opening] = await sittingsOf(eighth.id);
    await expect(attendanceSheet(await viewer(demo.member), eighth.id, opening.id, {})).rejects.toThrow(/403/);
    expect(await attendanceSheet(await viewer(demo.bureau), ninth.id, opening.id, {})).toBeNull();
    const first = (await attendanceSheet(await viewer(demo.bureau), eighth.id, opening.id, {}))!;
    await expect(attendanceSheet(await viewer(demo.member), eighth.id, opening.id, { after: first.nextCursor ?? "x" })).rejects.toThrow(/403/);
  });
});
