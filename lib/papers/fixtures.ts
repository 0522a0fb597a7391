/**
 * Sessions, workshops and accounts made directly in the database for the integration tests of the
 * papers and calendar areas (imported by *.test.ts only).
 */
import { and, eq, notInArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { committeeSessions, members, users, workshopParticipants, workshops, type SessionStatus } from "@/db/schema";

let ordinal = 900;

export async function makeSession(values: { status: SessionStatus; startsOn: string; endsOn?: string; title?: string }) {
  ordinal += 1;
  const [row] = await db
    .insert(committeeSessions)
    .values({
      ordinal,
      title: values.title ?? `الدورة ${ordinal} للاختبار`,
      startsOn: values.startsOn,
      endsOn: values.endsOn ?? values.startsOn,
      venue: "المقر الوطني",
      city: "الرباط",
      status: values.status,
    })
    .returning();
  return row;
}

export async function makeWorkshop(
  session: { id: number; startsOn: string },
  values: { number?: number; date?: string; startTime?: string; endTime?: string; participants?: number[]; facilitatorId?: number | null; title?: string } = {},
) {
  const [row] = await db
    .insert(workshops)
    .values({
      sessionId: session.id,
      number: values.number ?? 1,
      title: values.title ?? "أدوار ومهام هيئات الحزب",
      theme: "القرب والتنسيق والتتبع",
      questions: ["كيف نعزز القرب من المواطنين؟"],
      date: values.date ?? session.startsOn,
      startTime: values.startTime ?? "15:00",
      endTime: values.endTime ?? "18:00",
      room: "القاعة الكبرى",
      facilitatorId: values.facilitatorId ?? null,
    })
    .returning();
  if (values.participants?.length) {
    await db.insert(workshopParticipants).values(values.participants.map((memberId) => ({ workshopId: row.id, memberId })));
  }
  return row;
}

export async function memberIdOf(email: string): Promise<number> {
  const [row] = await db.select({ memberId: users.memberId }).from(users).where(eq(users.email, email));
  if (!row?.memberId) throw new Error(`${email} is not linked to a member`);
  return row.memberId;
}

/** Active members linked to no account, to name as assignees or to give a new member account. */
export async function freeMembers(n: number): Promise<number[]> {
  const linked = db.select({ id: users.memberId }).from(users).where(sql`${users.memberId} is not null`);
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.status, "active"), notInArray(members.id, linked)))
    .orderBy(members.id)
    .limit(n);
  return rows.map((r) => r.id);
}

/** A second member account (the seed has one), linked to a free member; signs in with signInAs(email). */
export async function makeMemberAccount(email: string): Promise<{ userId: number; memberId: number }> {
  const [memberId] = await freeMembers(1);
  const [user] = await db.insert(users).values({ email, name: "عضو ثان", passwordHash: "-", role: "member", memberId }).returning({ id: users.id });
  return { userId: user.id, memberId };
}

