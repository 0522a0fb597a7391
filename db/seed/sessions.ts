import { eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  agendaItems,
  committeeSessions,
  members,
  paperAssignees,
  paperVersions,
  recommendations,
  sittingAttendance,
  sittings,
  thematicMeetings,
  users,
  workingPapers,
  workshopParticipants,
  workshops,
} from "../schema";
import { eighthSession, ninthSession, ninthSessionOn, type WorkshopText } from "./data/sessions";
import { memberIdsOf } from "./people";
import { seedInvitations } from "./invitations";
import { seededRandom } from "./random";
import { instantOnSeedDay, seedToday } from "./today";

type SittingText = (typeof eighthSession)["opening"];

interface People {
  committee: number[]; // Central Committee members who are not in the Political Bureau
  bureau: number[]; // Political Bureau members, the demo accounts' members excepted
  allCommittee: number[];
  bureauAccountMember: number | null;
  demoMember: number | null;
  bureauUserId: number | null;
  nameOf: Map<number, string>;
}

async function people(db: Database): Promise<People> {
  const sorted = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);
  const allCommittee = sorted(await memberIdsOf(db, "central_committee"));
  const politicalBureau = sorted(await memberIdsOf(db, "political_bureau"));
  const account = async (email: string) =>
    (await db.select({ id: users.id, memberId: users.memberId }).from(users).where(eq(sql`lower(${users.email})`, email)))[0];
  const bureauUser = await account("bureau@example.org");
  const memberUser = await account("member@example.org");
  const demo = new Set([bureauUser?.memberId, memberUser?.memberId]);
  const pb = new Set(politicalBureau);
  const names = await db.select({ id: members.id, name: members.fullNameAr }).from(members).where(inArray(members.id, allCommittee));
  return {
    committee: allCommittee.filter((id) => !pb.has(id) && !demo.has(id)),
    bureau: politicalBureau.filter((id) => !demo.has(id)),
    allCommittee,
    bureauAccountMember: bureauUser?.memberId ?? null,
    demoMember: memberUser?.memberId ?? null,
    bureauUserId: bureauUser?.id ?? null,
    nameOf: new Map(names.map((n) => [n.id, n.name])),
  };
}

const nth = (ids: number[], i: number) => ids[i % ids.length];

async function insertAgenda(db: Database, owner: { sittingId: number } | { workshopId: number }, items: WorkshopText["agenda"]) {
  if (!items.length) return;
  await db.insert(agendaItems).values(items.map((item, i) => ({ ...owner, position: i + 1, ...item })));
}

async function insertSitting(
  db: Database,
  sessionId: number,
  kind: "opening" | "closing",
  text: SittingText,
  chairs: string,
  rapporteurId: number,
) {
  const { agenda, ...fields } = text;
  const [row] = await db
    .insert(sittings)
    .values({ sessionId, kind, chairs, rapporteurId, ...fields })
    .returning({ id: sittings.id });
  await insertAgenda(db, { sittingId: row.id }, agenda);
  return row.id;
}

async function insertWorkshop(
  db: Database,
  sessionId: number,
  number: number,
  text: WorkshopText,
  time: { date: string; startTime: string; endTime: string },
  roles: { facilitatorId: number; rapporteurId: number; participants: number[] },
) {
  const [row] = await db
    .insert(workshops)
    .values({
      sessionId,
      number,
      title: text.title,
      theme: text.theme,
      questions: text.questions,
      room: text.room,
      ...time,
      facilitatorId: roles.facilitatorId,
      rapporteurId: roles.rapporteurId,
    })
    .returning({ id: workshops.id });
  await insertAgenda(db, { workshopId: row.id }, text.agenda);
  if (roles.participants.length) await db.insert(workshopParticipants).values(roles.participants.map((memberId) => ({ workshopId: row.id, memberId })));
  if (text.recommendations?.length) {
    await db.insert(recommendations).values(text.recommendations.map((t, i) => ({ workshopId: row.id, position: i + 1, text: t })));
  }
  return row.id;
}

async function sessionExists(db: Database, ordinal: number) {
  const [row] = await db.select({ id: committeeSessions.id }).from(committeeSessions).where(eq(committeeSessions.ordinal, ordinal));
  return !!row;
}

/** الدورة الثامنة, 4–5 February 2017: closed, with its papers, outcomes and attendance. */
async function seedEighthSession(db: Database, p: People) {
  const s = eighthSession;
  if (await sessionExists(db, s.ordinal)) return;
  const [session] = await db
    .insert(committeeSessions)
    .values({
      ordinal: s.ordinal,
      title: s.title,
      startsOn: s.startsOn,
      endsOn: s.endsOn,
      venue: s.venue,
      city: s.city,
      description: s.description,
      status: "closed",
      finalStatement: s.finalStatement,
      minutes: s.minutes,
      createdAt: new Date("2016-12-19T12:00:00Z"),
      updatedAt: new Date("2017-02-06T12:00:00Z"),
    })
    .returning({ id: committeeSessions.id });

  const chairs = [0, 1].map((i) => p.nameOf.get(nth(p.bureau, i))).join("، ");
  const opening = await insertSitting(db, session.id, "opening", s.opening, chairs, nth(p.bureau, 2));
  const closing = await insertSitting(db, session.id, "closing", s.closing, chairs, nth(p.bureau, 2));

  for (const [i, text] of s.workshops.entries()) {
    const workshopId = await insertWorkshop(db, session.id, i + 1, text, s.workshopTime, {
      facilitatorId: nth(p.bureau, 3 + i),
      rapporteurId: nth(p.bureau, 6 + i),
      participants: p.committee.filter((_, j) => j % 3 === i),
    });
    const [paper] = await db
      .insert(workingPapers)
      .values({ workshopId, title: text.paperTitle, dueOn: s.papers.dueOn, status: "approved", assignedAt: new Date(s.papers.assignedAt), updatedAt: new Date(s.papers.reviewedAt) })
      .returning({ id: workingPapers.id });
    const assignees = i === 1 ? [9 + 2 * i, 10 + 2 * i, 11 + 2 * i] : [9 + 2 * i, 10 + 2 * i];
    await db.insert(paperAssignees).values([...new Set(assignees.map((k) => nth(p.bureau, k)))].map((memberId) => ({ paperId: paper.id, memberId })));
    await db.insert(paperVersions).values({
      paperId: paper.id,
      version: 1,
      body: text.paperBody ?? "",
      submitted: true,
      createdAt: new Date(s.papers.versionAt),
      decision: "approved",
      reviewerId: p.bureauUserId,
      reviewedAt: new Date(s.papers.reviewedAt),
    });
  }

  await db.insert(thematicMeetings).values(
    s.meetings.map((m, i) => ({
      sessionId: session.id,
      city: m.city,
      startsAt: new Date(m.startsAt),
      venue: m.venue,
      theme: m.theme,
      speakers: [nth(p.bureau, 12 + i), nth(p.bureau, 15 + i)].map((id) => p.nameOf.get(id)).join("، "),
      status: "held" as const,
    })),
  );

  const rnd = seededRandom(2017);
  for (const sittingId of [opening, closing]) {
    await db.insert(sittingAttendance).values(
      p.allCommittee.map((memberId) => {
        const r = rnd.next();
        return { sittingId, memberId, status: r < 0.84 ? ("present" as const) : r < 0.94 ? ("excused" as const) : ("absent" as const) };
      }),
    );
  }
}

/**
 * الدورة التاسعة, convened: its programme is published, its papers are being written. Written for
 * DEMO_DAY (planned for March 2027), it is moved to the seed's day like the rest of what is open
 * now (db/seed/today.ts), so it is always about three months ahead. The demo member takes part in
 * workshop 1 and writes workshop 2's paper; the Bureau account's member facilitates workshop 2.
 */
async function seedNinthSession(db: Database, p: People, today: string) {
  if (await sessionExists(db, ninthSession.ordinal)) return;
  const s = ninthSessionOn(today);
  const [session] = await db
    .insert(committeeSessions)
    .values({
      ordinal: s.ordinal,
      title: s.title,
      startsOn: s.startsOn,
      endsOn: s.endsOn,
      venue: s.venue,
      city: s.city,
      description: s.description,
      status: "convened",
      createdAt: instantOnSeedDay("2026-10-26", "13:00", today),
      updatedAt: instantOnSeedDay("2026-11-02", "13:00", today),
    })
    .returning({ id: committeeSessions.id });

  const chairs = [0, 4].map((i) => p.nameOf.get(nth(p.bureau, i))).join("، ");
  await insertSitting(db, session.id, "opening", s.opening, chairs, nth(p.bureau, 5));
  await insertSitting(db, session.id, "closing", s.closing, chairs, nth(p.bureau, 5));

  // the participants of the last session sit in other workshops this time
  const pool = p.committee.slice(0, 36);
  for (const [i, text] of s.workshops.entries()) {
    const participants = pool.filter((_, j) => j % 3 === (i + 1) % 3);
    if (i === 0 && p.demoMember) participants.push(p.demoMember);
    const workshopId = await insertWorkshop(db, session.id, i + 1, text, s.workshopTime, {
      facilitatorId: i === 1 && p.bureauAccountMember ? p.bureauAccountMember : nth(p.bureau, 6 + i),
      rapporteurId: nth(p.bureau, 9 + i),
      participants,
    });
    const plan = s.papers[i];
    const [paper] = await db
      .insert(workingPapers)
      .values({ workshopId, title: text.paperTitle, dueOn: plan.dueOn, status: plan.status, assignedAt: plan.assignedAt, updatedAt: plan.assignedAt })
      .returning({ id: workingPapers.id });
    const assignees = [nth(p.bureau, 12 + 2 * i), nth(p.bureau, 13 + 2 * i)];
    if (i === 1 && p.demoMember) assignees[0] = p.demoMember;
    if (i === 2) assignees.push(nth(p.bureau, 18));
    await db.insert(paperAssignees).values([...new Set(assignees)].map((memberId) => ({ paperId: paper.id, memberId })));
    if (text.paperBody) {
      await db.insert(paperVersions).values({ paperId: paper.id, version: 1, body: text.paperBody, createdAt: instantOnSeedDay("2026-11-20", "18:00", today) });
    }
  }

  await db.insert(thematicMeetings).values(
    s.meetings.map((m) => ({
      sessionId: session.id,
      city: m.city,
      startsAt: m.startsAt,
      venue: m.venue,
      theme: m.theme,
      speakers: p.nameOf.get(nth(p.bureau, 7)) ?? null,
      status: "planned" as const,
    })),
  );

  // its invitations have left; about a third of the committee has answered, the demo member not yet
  await seedInvitations(db, session.id, p.committee.slice(0, Math.ceil(p.committee.length / 3)));
}

/** The 8th session (February 2017, on its real dates) and the 9th (open now: relative to `today`); each skipped when its ordinal exists. */
export async function seedSessions(db: Database, today: string = seedToday()) {
  const p = await people(db);
  if (!p.committee.length || !p.bureau.length) return;
  await seedEighthSession(db, p);
  await seedNinthSession(db, p, today);
}
