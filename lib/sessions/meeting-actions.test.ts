import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { thematicMeetings } from "@/db/schema";
import { demo, lastAudit, signInAs } from "@/tests/helpers";
import { createThematicMeeting, deleteThematicMeeting, updateThematicMeeting } from "./meeting-actions";
import { expectRefused, FORBIDDEN, REQUIRED, sessionByOrdinal } from "@/tests/fixtures/sessions";
import { localDateTime } from "./time";

const meetingInput = (overrides: Record<string, unknown> = {}) => ({
  city: "مراكش",
  date: "2027-01-30",
  time: "15:00",
  venue: "مقر الحزب بمراكش",
  theme: "الحزب والعالم القروي",
  speakers: "",
  status: "planned",
  ...overrides,
});

async function latestMeeting() {
  const [row] = await db.select().from(thematicMeetings).orderBy(desc(thematicMeetings.id)).limit(1);
  return row;
}

describe("createThematicMeeting", () => {
  it("stores the instant of the Moroccan date and time (UTC+1 in January 2027)", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    await expect(createThematicMeeting(null, { sessionId: String(ninth.id), ...meetingInput() })).rejects.toThrow(new RegExp(`NEXT_REDIRECT /sessions/${ninth.id}\\?created=meeting#meetings`));
    const row = await latestMeeting();
    expect(row).toMatchObject({ sessionId: ninth.id, city: "مراكش", theme: "الحزب والعالم القروي", status: "planned", speakers: null });
    expect(row.startsAt.toISOString()).toBe("2027-01-30T14:00:00.000Z");
    expect(localDateTime(row.startsAt)).toEqual({ date: "2027-01-30", time: "15:00" });
    expect((await lastAudit("meeting.create"))?.entityId).toBe(String(row.id));
  });

  it("keeps UTC+0 for a meeting of January 2017", async () => {
    await signInAs(demo.admin);
    const eighth = await sessionByOrdinal(8);
    await expect(createThematicMeeting(null, { sessionId: String(eighth.id), ...meetingInput({ date: "2017-01-07", status: "held" }) })).rejects.toThrow(/NEXT_REDIRECT/);
    expect((await latestMeeting()).startsAt.toISOString()).toBe("2017-01-07T15:00:00.000Z");
  });

  it("refuses members and officers, and an empty theme", async () => {
    const ninth = await sessionByOrdinal(9);
    for (const email of [demo.member, demo.officerSouss]) {
      await signInAs(email);
      const state = await expectRefused(() => createThematicMeeting(null, { sessionId: String(ninth.id), ...meetingInput() }), thematicMeetings);
      expect(state.message).toBe(FORBIDDEN);
    }
    await signInAs(demo.bureau);
    const state = await expectRefused(() => createThematicMeeting(null, { sessionId: String(ninth.id), ...meetingInput({ theme: "" }) }), thematicMeetings);
    expect(state.fieldErrors?.theme).toBe(REQUIRED);
  });
});

describe("updateThematicMeeting and deleteThematicMeeting", () => {
  it("marks a planned meeting held at another hour, then deletes it", async () => {
    await signInAs(demo.bureau);
    const ninth = await sessionByOrdinal(9);
    const [meeting] = await db.select().from(thematicMeetings).where(eq(thematicMeetings.sessionId, ninth.id));
    await expect(updateThematicMeeting(null, { id: String(meeting.id), ...meetingInput({ city: meeting.city, time: "10:30", status: "held" }) })).rejects.toThrow(/NEXT_REDIRECT/);
    const [row] = await db.select().from(thematicMeetings).where(eq(thematicMeetings.id, meeting.id));
    expect(row.status).toBe("held");
    expect(row.startsAt.toISOString()).toBe("2027-01-30T09:30:00.000Z");

    await signInAs(demo.member);
    await expectRefused(() => deleteThematicMeeting(null, { id: String(meeting.id) }), thematicMeetings);
    await signInAs(demo.bureau);
    await expect(deleteThematicMeeting(null, { id: String(meeting.id) })).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await db.select().from(thematicMeetings).where(eq(thematicMeetings.id, meeting.id))).toHaveLength(0);
    expect((await lastAudit("meeting.delete"))?.entityId).toBe(String(meeting.id));
  });
});
