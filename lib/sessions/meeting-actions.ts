"use server";

import { eq } from "drizzle-orm";
import type { Transaction } from "@/db";
import { thematicMeetings } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import type { Actor } from "@/lib/permissions";
import { lockSession, sessionPaths } from "./guards";
import { createMeetingSchema, idSchema, updateMeetingSchema } from "./schemas";
import { zonedInstant } from "./time";

// اللقاءات الموضوعاتية التحضيرية: held in other cities before the session

async function meetingWithSession(tx: Transaction, id: number, actor: Actor) {
  const [row] = await tx.select().from(thematicMeetings).where(eq(thematicMeetings.id, id)).for("update");
  if (!row) throw new ActionError("notFound");
  return { meeting: row, session: await lockSession(tx, row.sessionId, actor) };
}

/** The form gives a day and a time on Moroccan clocks; the row keeps the instant. */
function recordOf(input: { city: string; date: string; time: string; venue: string | null; theme: string; speakers: string | null; status: "planned" | "held" | "cancelled" }) {
  const { date, time, ...rest } = input;
  return { ...rest, startsAt: zonedInstant(date, time) };
}

export const createThematicMeeting = mutation({
  schema: createMeetingSchema,
  permission: "session.manage",
  async run({ sessionId, ...fields }, { tx, user }) {
    const session = await lockSession(tx, sessionId, user);
    const record = recordOf(fields);
    const [row] = await tx
      .insert(thematicMeetings)
      .values({ sessionId, ...record })
      .returning({ id: thematicMeetings.id });
    return {
      audit: {
        action: "meeting.create",
        entity: "thematic_meeting",
        entityId: row.id,
        summary: `thematic meeting in ${fields.city} "${fields.theme}" for session ${session.ordinal}`,
        changes: { ...fields, startsAt: record.startsAt.toISOString() },
      },
    };
  },
  revalidate: (input) => sessionPaths(input.sessionId),
  redirectTo: (input) => `/sessions/${input.sessionId}?created=meeting#meetings`,
});

export const updateThematicMeeting = mutation({
  schema: updateMeetingSchema,
  permission: "session.manage",
  async run({ id, ...fields }, { tx, user }) {
    const { meeting, session } = await meetingWithSession(tx, id, user);
    const record = recordOf(fields);
    await tx.update(thematicMeetings).set(record).where(eq(thematicMeetings.id, id));
    return {
      audit: {
        action: "meeting.update",
        entity: "thematic_meeting",
        entityId: id,
        summary: `thematic meeting in ${fields.city} "${fields.theme}" updated`,
        changes: { from: { ...meeting, startsAt: meeting.startsAt.toISOString() }, to: { ...fields, startsAt: record.startsAt.toISOString() } },
      },
      result: session.id,
    };
  },
  revalidate: (input, sessionId) => sessionPaths(sessionId!, `/meetings/${input.id}/edit`),
  redirectTo: (_input, sessionId) => `/sessions/${sessionId}#meetings`,
});

export const deleteThematicMeeting = mutation({
  schema: idSchema,
  permission: "session.manage",
  async run({ id }, { tx, user }) {
    const { meeting, session } = await meetingWithSession(tx, id, user);
    await tx.delete(thematicMeetings).where(eq(thematicMeetings.id, id));
    return {
      audit: { action: "meeting.delete", entity: "thematic_meeting", entityId: id, summary: `thematic meeting in ${meeting.city} "${meeting.theme}" deleted` },
      result: session.id,
    };
  },
  revalidate: (_input, sessionId) => sessionPaths(sessionId!),
  redirectTo: (_input, sessionId) => `/sessions/${sessionId}#meetings`,
});
