import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  campaignQuestions,
  evaluationCampaigns,
  evaluationReports,
  notifications,
  outboxEmails,
  provinces,
  reportReviews,
  reportRevisions,
  synthesisReports,
  synthesisVersions,
  users,
  type ReportAnswers,
  type ReportStatus,
} from "../schema";
import {
  activities2026,
  difficulties2026,
  elections2016,
  proposals,
  proposals2026,
  rentree2026,
  returnComments,
  synthesisDraft2016,
  whatDidNot,
  whatWorked,
} from "./data/reports";
import { seededRandom } from "./random";
import { addDays, arabicDate, moroccoInstant as morocco, onSeedDay, seedToday } from "./today";

type Random = ReturnType<typeof seededRandom>;
type Question = typeof campaignQuestions.$inferSelect;
type Province = { id: number; regionId: number; nameFr: string; nameAr: string };

const clock = (rnd: Random) => `${String(rnd.int(9, 22)).padStart(2, "0")}:${String(rnd.int(0, 59)).padStart(2, "0")}`;

/** Two or three different sentences of a pool, as one paragraph. */
function paragraph(rnd: Random, pool: readonly string[], count = rnd.int(2, 3)): string {
  const picked = new Set<string>();
  while (picked.size < Math.min(count, pool.length)) picked.add(rnd.pick(pool));
  return [...picked].join(" ");
}

interface Plan {
  province: Province;
  status: ReportStatus;
  submittedOn?: string; // the Moroccan date of the (last) submission
  submittedTime?: string;
  returnedOnce?: boolean; // returned, then revised and accepted
  /** The Bureau's comments by question position (0-based) when the report is returned. */
  returnNotes?: Record<number, string>;
  answers: ReportAnswers;
  meetingHeldOn?: string;
  attendance?: number;
}

interface Accounts {
  bureau: number | null;
  officerOf: (p: Province) => number | null;
}

async function accounts(db: Database): Promise<Accounts> {
  const rows = await db
    .select({ id: users.id, email: users.email, region: users.scopeRegionId, province: users.scopeProvinceId })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, ["bureau@example.org", "officer.fes@example.org", "officer.souss@example.org", "officer.sefrou@example.org"]));
  const byEmail = new Map(rows.map((r) => [r.email.toLowerCase(), r]));
  const officers = rows.filter((r) => r.email.startsWith("officer."));
  return {
    bureau: byEmail.get("bureau@example.org")?.id ?? null,
    // the province's own officer first, else the region's: whoever filed it
    officerOf: (p) => officers.find((o) => o.province === p.id)?.id ?? officers.find((o) => !o.province && o.region === p.regionId)?.id ?? null,
  };
}

async function createCampaign(
  db: Database,
  values: typeof evaluationCampaigns.$inferInsert,
  questions: readonly { kind: "number" | "text"; label: string; help: string | null }[],
) {
  const [campaign] = await db.insert(evaluationCampaigns).values(values).returning();
  const inserted = await db
    .insert(campaignQuestions)
    .values(questions.map((q, i) => ({ campaignId: campaign.id, position: i + 1, kind: q.kind, label: q.label, help: q.help, required: true })))
    .returning();
  return { campaign, questions: inserted.sort((a, b) => a.position - b.position) };
}

/**
 * Writes the planned reports in one insert, then their revisions and the Bureau's reviews, with
 * consistent version numbers: a draft is v1, a submission v2; a report returned once and resubmitted
 * has its second submission as v3.
 */
async function writeReports(db: Database, campaign: { id: number; opensOn: string }, questions: Question[], plans: Plan[], people: Accounts) {
  const campaignId = campaign.id;
  const rows = plans.map((p) => {
    const submittedAt = p.submittedOn ? morocco(p.submittedOn, p.submittedTime ?? "18:00") : null;
    const version = p.status === "not_started" ? 0 : p.status === "draft" ? 1 : p.returnedOnce ? 3 : 2;
    // the Bureau decides the next morning
    const acceptedAt = p.status === "accepted" && p.submittedOn ? morocco(addDays(p.submittedOn, 1), "11:00") : null;
    return {
      campaignId,
      regionId: p.province.regionId,
      provinceId: p.province.id,
      status: p.status,
      version,
      meetingHeldOn: p.status === "not_started" ? null : (p.meetingHeldOn ?? null),
      attendance: p.status === "not_started" ? null : (p.attendance ?? null),
      answers: p.status === "not_started" ? {} : p.answers,
      submittedAt,
      acceptedAt,
      updatedAt: acceptedAt ?? submittedAt ?? morocco(p.meetingHeldOn ?? campaign.opensOn, "20:00"),
      updatedById: p.status === "not_started" ? null : people.officerOf(p.province),
    };
  });
  const reports = await db.insert(evaluationReports).values(rows).returning();

  const revisions: (typeof reportRevisions.$inferInsert)[] = [];
  const reviews: (typeof reportReviews.$inferInsert)[] = [];
  reports.forEach((report, i) => {
    const plan = plans[i];
    if (report.version === 0) return;
    const savedById = people.officerOf(plan.province);
    const base = { reportId: report.id, meetingHeldOn: report.meetingHeldOn, attendance: report.attendance, savedById };
    const submitted = report.submittedAt!;
    const before = (hours: number) => new Date(submitted.getTime() - hours * 3_600_000);
    const firstAnswers = plan.returnedOnce ? { ...report.answers, [questions[1].id]: null } : report.answers;
    revisions.push({ ...base, version: 1, kind: "draft", answers: firstAnswers, savedAt: report.submittedAt ? before(plan.returnedOnce ? 100 : 26) : report.updatedAt });
    if (report.version === 1) return;
    if (plan.returnedOnce) {
      revisions.push({ ...base, version: 2, kind: "submitted", answers: firstAnswers, savedAt: before(96) });
      reviews.push({ reportId: report.id, version: 2, decision: "returned", comment: returnComments.general, questionComments: {}, reviewerId: people.bureau, at: before(72) });
      revisions.push({ ...base, version: 3, kind: "submitted", answers: report.answers, savedAt: submitted });
    } else {
      revisions.push({ ...base, version: 2, kind: "submitted", answers: report.answers, savedAt: submitted });
    }
    if (report.status === "returned") {
      const questionComments = Object.fromEntries(Object.entries(plan.returnNotes ?? {}).map(([i, note]) => [String(questions[Number(i)].id), note]));
      reviews.push({
        reportId: report.id,
        version: 2,
        decision: "returned",
        comment: returnComments.general,
        questionComments,
        reviewerId: people.bureau,
        at: morocco(addDays(plan.submittedOn!, 1), "10:30"),
      });
    }
    if (report.status === "accepted") {
      reviews.push({ reportId: report.id, version: report.version, decision: "accepted", comment: null, questionComments: {}, reviewerId: people.bureau, at: report.acceptedAt! });
    }
  });
  if (revisions.length) await db.insert(reportRevisions).values(revisions);
  if (reviews.length) await db.insert(reportReviews).values(reviews);
  return reports;
}

function answers2016(rnd: Random, q: Question[], province: Province, attendance: number): ReportAnswers {
  const seats = province.nameFr === "Sefrou" ? 3 : rnd.int(2, 4);
  const won = province.nameFr === "Sefrou" ? 1 : rnd.chance(0.12) ? 1 : 0;
  return {
    [q[0].id]: seats, // one local list: as many candidates as seats
    [q[1].id]: won ? rnd.int(9_000, 16_000) : rnd.int(700, 8_500),
    [q[2].id]: seats,
    [q[3].id]: won,
    [q[4].id]: rnd.int(34, 56),
    [q[5].id]: attendance,
    [q[6].id]: paragraph(rnd, whatWorked),
    [q[7].id]: paragraph(rnd, whatDidNot),
    [q[8].id]: paragraph(rnd, proposals),
  };
}

/** The evaluation of the elections of 7 October 2016: closed, nearly every province reported. */
async function seedElections2016(db: Database, all: Province[], people: Accounts) {
  const c = elections2016;
  const { campaign, questions } = await createCampaign(
    db,
    {
      title: c.title,
      purpose: c.purpose,
      level: "provincial",
      allTerritories: true,
      opensOn: c.opensOn,
      deadline: c.deadline,
      status: "closed",
      synthesisMeeting: c.synthesisMeeting,
      synthesisMeetingOn: c.synthesisMeetingOn,
      openedAt: morocco(c.opensOn, "10:00"),
      closedAt: morocco("2017-01-10", "18:00"),
    },
    c.questions,
  );
  const rnd = seededRandom(20161007);
  const special: Record<string, ReportStatus> = {
    Aousserd: "not_started",
    "Assa-Zag": "not_started",
    Figuig: "draft",
    Midelt: "draft",
    Khémisset: "returned",
  };
  const plans: Plan[] = all.map((province) => {
    const attendance = rnd.int(12, 64);
    const meetingHeldOn = addDays("2016-12-20", rnd.int(0, 16));
    let status: ReportStatus = special[province.nameFr] ?? (province.nameFr === "Sefrou" ? "accepted" : rnd.chance(0.13) ? "submitted" : "accepted");
    if (status === "accepted" && province.nameFr !== "Sefrou" && rnd.chance(0.04)) status = "submitted";
    const late = status !== "draft" && status !== "not_started" && province.nameFr !== "Sefrou" && rnd.chance(0.15);
    const onTime = addDays(meetingHeldOn, rnd.int(0, 2));
    const filed = status !== "draft" && status !== "not_started";
    const submittedOn = !filed ? undefined : late ? addDays(c.deadline, rnd.int(1, 4)) : onTime > c.deadline ? c.deadline : onTime;
    return {
      province,
      status,
      submittedOn,
      submittedTime: clock(rnd),
      returnedOnce: status === "accepted" && rnd.chance(0.05),
      meetingHeldOn,
      attendance,
      answers: answers2016(rnd, questions, province, attendance),
      returnNotes: { 1: returnComments.figures, 7: returnComments.reasons },
    };
  });
  await writeReports(db, campaign, questions, plans, people);

  const [, , , , , , worked, , proposalsQ] = questions;
  const sections = {
    introduction: synthesisDraft2016.introduction,
    figures: synthesisDraft2016.figures,
    conclusion: synthesisDraft2016.conclusion,
    [worked.id]: "تُجمع التقارير على أن التعبئة الميدانية للفروع ولقاءات القرب كانت أهم نقاط القوة.",
    [proposalsQ.id]: "تتقاطع المقترحات حول إعادة الهيكلة وتأسيس الخلايا والتكوين.",
  };
  const [synthesis] = await db
    .insert(synthesisReports)
    .values({ campaignId: campaign.id, status: "draft", version: 2, sections, updatedAt: morocco("2017-01-10", "21:15") })
    .returning();
  await db.insert(synthesisVersions).values([
    { synthesisId: synthesis.id, version: 1, sections: { introduction: synthesisDraft2016.introduction }, savedById: people.bureau, savedAt: morocco("2017-01-09", "19:40") },
    { synthesisId: synthesis.id, version: 2, sections, savedById: people.bureau, savedAt: morocco("2017-01-10", "21:15") },
  ]);
}

/** Reports of the open campaign in every state, so the officers have something to do today. */
const rentreeStates: Record<string, ReportStatus> = {
  Fès: "submitted",
  Meknès: "submitted",
  Sefrou: "draft",
  Taza: "returned",
  Ifrane: "accepted",
  Taounate: "draft",
  "Agadir Ida-Outanane": "submitted",
  Tiznit: "draft",
  Taroudant: "accepted",
  Rabat: "submitted",
  Casablanca: "submitted",
  Marrakech: "accepted",
  "Oujda-Angad": "submitted",
};

/**
 * The campaign open now: written for DEMO_DAY (opened a week before, due 12 days after), it opens
 * and falls due relative to the seed's day (db/seed/today.ts), its reports filed in the days after
 * it opened.
 */
async function seedRentree2026(db: Database, all: Province[], people: Accounts, today: string) {
  const c = { ...rentree2026, opensOn: onSeedDay(rentree2026.opensOn, today), deadline: onSeedDay(rentree2026.deadline, today) };
  const { campaign, questions } = await createCampaign(
    db,
    { title: c.title, purpose: c.purpose, level: "provincial", allTerritories: true, opensOn: c.opensOn, deadline: c.deadline, status: "open", openedAt: morocco(c.opensOn, "09:30") },
    c.questions,
  );
  const rnd = seededRandom(2026);
  const plans: Plan[] = all.map((province) => {
    const status: ReportStatus = rentreeStates[province.nameFr] ?? (rnd.chance(0.12) ? "submitted" : rnd.chance(0.3) ? "draft" : "not_started");
    const filed = status === "submitted" || status === "accepted" || status === "returned";
    const meetingHeldOn = addDays(c.opensOn, rnd.int(0, 3));
    return {
      province,
      status,
      submittedOn: filed ? addDays(meetingHeldOn, rnd.int(0, 1)) : undefined,
      submittedTime: clock(rnd),
      meetingHeldOn,
      attendance: rnd.int(8, 40),
      answers: {
        [questions[0].id]: rnd.int(2, 9),
        [questions[1].id]: rnd.int(0, 25),
        [questions[2].id]: rnd.int(1, 6),
        [questions[3].id]: paragraph(rnd, activities2026),
        // a draft is half written
        [questions[4].id]: status === "draft" ? null : paragraph(rnd, difficulties2026, 2),
        [questions[5].id]: status === "draft" ? null : paragraph(rnd, proposals2026, 1),
      },
      returnNotes: { 4: returnComments.reasons },
    };
  });
  const reports = await writeReports(db, campaign, questions, plans, people);

  // what the officers were told: the campaign opened, and Taza's report came back
  const officers = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.role, "officer"));
  const href = `/reports`;
  const opened = morocco(c.opensOn, "09:30");
  const notices = officers.map((o) => ({
    userId: o.id,
    kind: "campaign.opened",
    title: `حملة تقييم جديدة: ${c.title}`,
    body: `المطلوب تقرير اجتماع التقييم في أجل أقصاه ${arabicDate(c.deadline)}.`,
    href,
    dedupeKey: `opened:campaign:${campaign.id}`,
    createdAt: opened,
  }));
  const taza = reports.find((r) => all.find((p) => p.id === r.provinceId)?.nameFr === "Taza");
  const fes = officers.find((o) => o.email === "officer.fes@example.org");
  if (taza && fes) {
    notices.push({
      userId: fes.id,
      kind: "report.returned",
      title: "أُعيد تقرير تازة مع ملاحظات المكتب السياسي",
      body: returnComments.general,
      href: `/reports/${campaign.id}/reports/${taza.id}`,
      dedupeKey: `report.returned:${taza.id}:2`,
      // when the Bureau returned it (writeReports: the morning after the submission)
      createdAt: morocco(addDays(plans.find((p) => p.province.nameFr === "Taza")!.submittedOn!, 1), "10:30"),
    });
  }
  if (notices.length) {
    await db.insert(notifications).values(notices);
    const emailOf = new Map(officers.map((o) => [o.id, o.email]));
    await db.insert(outboxEmails).values(notices.map((n) => ({ to: emailOf.get(n.userId)!, subject: n.title, body: `${n.body}\n\n${n.href}`, createdAt: n.createdAt, userId: n.userId, family: "reports" })));
  }
}

/** Two evaluation campaigns: the closed one of the 2016 elections with its synthesis draft, and one open now (relative to `today`). */
export async function seedReports(db: Database, today: string = seedToday()) {
  const all = await db
    .select({ id: provinces.id, regionId: provinces.regionId, nameFr: provinces.nameFr, nameAr: provinces.nameAr })
    .from(provinces)
    .orderBy(asc(provinces.regionId), asc(provinces.id));
  if (all.length === 0) return;
  const people = await accounts(db);
  const exists = async (title: string) => (await db.select({ id: evaluationCampaigns.id }).from(evaluationCampaigns).where(eq(evaluationCampaigns.title, title)).limit(1)).length > 0;
  if (!(await exists(elections2016.title))) await seedElections2016(db, all, people);
  if (!(await exists(rentree2026.title))) await seedRentree2026(db, all, people, today);
}
