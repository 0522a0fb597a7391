import { and, count, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { evaluationCampaigns, evaluationReports, notifications, outboxEmails, provinces, reportReviews, users } from "@/db/schema";
import { auditCount } from "@/tests/helpers";

/** Test fixtures of the review, compliance and synthesis tests: the seeded campaigns and reports. */

export const OPEN_CAMPAIGN = "تقييم الدخول السياسي 2026";
export const ELECTIONS_2016 = "تقييم انتخابات أعضاء مجلس النواب ليوم 7 أكتوبر 2016";

export async function campaignByTitle(title: string) {
  const [campaign] = await db.select().from(evaluationCampaigns).where(eq(evaluationCampaigns.title, title));
  if (!campaign) throw new Error(`no campaign ${title}`);
  return campaign;
}

export async function provinceByName(nameFr: string) {
  const [province] = await db.select().from(provinces).where(eq(provinces.nameFr, nameFr));
  if (!province) throw new Error(`no province ${nameFr}`);
  return province;
}

export async function reportOf(campaignTitle: string, provinceFr: string) {
  const campaign = await campaignByTitle(campaignTitle);
  const province = await provinceByName(provinceFr);
  const [report] = await db
    .select()
    .from(evaluationReports)
    .where(and(eq(evaluationReports.campaignId, campaign.id), eq(evaluationReports.provinceId, province.id)));
  return report;
}

export async function userId(email: string): Promise<number> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email));
  return user.id;
}

export async function notificationsOf(email: string, kind?: string) {
  const id = await userId(email);
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, id), kind ? eq(notifications.kind, kind) : undefined));
}

/** Rows that a refused action must leave as they were. */
export async function writeCounts() {
  const [[reviews], [notices], [emails], audit] = await Promise.all([
    db.select({ n: count() }).from(reportReviews),
    db.select({ n: count() }).from(notifications),
    db.select({ n: count() }).from(outboxEmails),
    auditCount(),
  ]);
  return { reviews: reviews.n, notices: notices.n, emails: emails.n, audit };
}
