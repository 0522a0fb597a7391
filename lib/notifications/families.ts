import { noticeFamilies, type NoticeFamily } from "@/db/schema/notifications";

export { emailDeliveries, noticeFamilies, type EmailDelivery, type NoticeFamily } from "@/db/schema/notifications";

// the first part of a notice's kind (`paper.assigned` → `paper`) names its family
const familyOfPrefix: Record<string, NoticeFamily> = {
  session: "sessions",
  workshop: "workshops",
  paper: "workshops",
  campaign: "reports",
  report: "reports",
  training: "trainings",
  followup: "cooperation",
};

/**
 * The family a notice's kind belongs to, which the user's choice of emails follows; null for a
 * kind no family holds, whose email is always sent at once.
 */
export function familyOf(kind: string): NoticeFamily | null {
  return familyOfPrefix[kind.split(".", 1)[0]] ?? null;
}

export function isNoticeFamily(value: unknown): value is NoticeFamily {
  return typeof value === "string" && (noticeFamilies as readonly string[]).includes(value);
}
