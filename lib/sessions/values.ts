import type { SessionStatus, SittingKind } from "@/db/schema/sessions";

// The values the forms and the schemas share, without zod: a client component imports them from
// here, since importing anything from schemas.ts brings zod (about 28 kB gzip) into its page.

// Spelled out here, not imported from db/schema, so that the client forms do not bundle the table
// definitions; `satisfies` keeps them within the columns' values.
export const sessionStatuses = ["draft", "convened", "held", "closed"] as const satisfies readonly SessionStatus[];
export const sittingKinds = ["opening", "plenary", "closing"] as const satisfies readonly SittingKind[];
export const meetingStatuses = ["planned", "held", "cancelled"] as const;
export const attendanceStatuses = ["present", "excused", "absent"] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/**
 * A session moves forward one step at a time; the one step back is convened → draft, to withdraw
 * a programme published by mistake before the session is held.
 */
export const sessionTransitions: Record<SessionStatus, readonly SessionStatus[]> = {
  draft: ["convened"],
  convened: ["held", "draft"],
  held: ["closed"],
  closed: [],
};

/** The radios of one page of the attendance sheet are named `att_<memberId>`. */
export const ATTENDANCE_FIELD = "att_";
export const ATTENDANCE_PAGE_SIZE = 25;
