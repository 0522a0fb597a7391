import { asc, count, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  activityKinds,
  branches,
  cells,
  committeeSessions,
  members,
  provinces,
  regions,
  rootingActivities,
  rootingPlans,
  trainingAttendanceCounts,
  trainingMeetings,
  trainingPeople,
  trainingRegions,
  trainingSittings,
  users,
  type TrainingRole,
} from "../schema";
import {
  activityTexts,
  earlier2026Activities,
  localSummary,
  newCellNames,
  plan,
  provincialSummary,
  recentActivities,
  regionalCapitals,
  regionalDiscussion,
  regionalFollowUp,
  regionalSittings,
  regionalSummary,
  regionalTrainings,
  regionProgress,
  upcomingTraining,
} from "./data/rooting";
import { memberIdsOf } from "./people";
import { seededRandom } from "./random";
import { addDays, onSeedDay, seedToday } from "./today";

type Random = ReturnType<typeof seededRandom>;
type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
type Person = { trainingId: number; memberId: number; role: TrainingRole; provinceId?: number | null };

/** A day between two dates, both included. */
function dayBetween(rnd: Random, from: string, to: string): string {
  const span = Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
  return addDays(from, rnd.int(0, Math.max(0, span)));
}

function shuffled<T>(rnd: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** "جهة X", "جهتي X وY" or "جهات X وY وZ". */
function regionsPhrase(names: string[]): string {
  if (names.length === 1) return `جهة ${names[0]}`;
  const list = `${names.slice(0, -1).join("، ")} و${names[names.length - 1]}`;
  return names.length === 2 ? `جهتي ${list}` : `جهات ${list}`;
}

async function insertChunked<T extends Record<string, unknown>>(tx: Tx, insert: (rows: T[]) => Promise<unknown>, rows: T[], size = 500) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * The تجذر plan adopted by the 8th session, its regional trainings of June–July 2017 and the
 * provincial and local ones they led to, the branches restructured, the cells founded and the
 * activities of 2017–2018 (unevenly across regions), on their real dates; then what is happening
 * now, relative to `today` (db/seed/today.ts): a few recent activities and those of earlier this
 * year, and one regional training coming up in the demo member's region. Skipped when a plan exists.
 */
export async function seedRooting(db: Database, today: string = seedToday()) {
  const [{ n }] = await db.select({ n: count() }).from(rootingPlans);
  if (n > 0) return;
  // people: the Political Bureau trains and attends; members of each province are trained
  const bureau = [...new Set(await memberIdsOf(db, "political_bureau"))].sort((a, b) => a - b);
  const committee = new Set(await memberIdsOf(db, "central_committee"));
  await db.transaction(async (tx) => {
    const rnd = seededRandom(20170603);
    const [session] = await tx.select({ id: committeeSessions.id }).from(committeeSessions).where(eq(committeeSessions.ordinal, 8));
    const [planRow] = await tx
      .insert(rootingPlans)
      .values({ ...plan, adoptedBySessionId: session?.id ?? null })
      .returning({ id: rootingPlans.id });

    const allRegions = await tx.select().from(regions).orderBy(asc(regions.code));
    const regionByCode = new Map(allRegions.map((r) => [r.code, r]));
    const codeOfRegion = new Map(allRegions.map((r) => [r.id, r.code]));
    const allProvinces = await tx.select().from(provinces).orderBy(asc(provinces.id));
    const provincesOf = (regionId: number) => allProvinces.filter((p) => p.regionId === regionId);

    const active = await tx
      .select({ id: members.id, name: members.fullNameAr, gender: members.gender, provinceId: branches.provinceId })
      .from(members)
      .innerJoin(branches, eq(branches.id, members.branchId))
      .where(eq(members.status, "active"))
      .orderBy(asc(members.id));
    const nameOf = new Map(active.map((m) => [m.id, m.name]));
    const [demoMember] = await tx
      .select({ memberId: users.memberId })
      .from(users)
      .where(eq(sql`lower(${users.email})`, "member@example.org"));
    const bureauSet = new Set(bureau);
    const traineesOf = (provinceId: number) => {
      const local = active.filter((m) => m.provinceId === provinceId && !bureauSet.has(m.id));
      // the demo member is among the trainers trained for their province, so their page shows it
      return local.sort((a, b) => Number(b.id === demoMember?.memberId) - Number(a.id === demoMember?.memberId));
    };
    const rapporteurs = active.filter((m) => m.gender === "f" && committee.has(m.id) && !bureauSet.has(m.id));
    const nth = <T>(items: T[], i: number) => items[i % items.length];

    const people: Person[] = [];
    const sittingRows: (typeof trainingSittings.$inferInsert)[] = [];
    const countRows: (typeof trainingAttendanceCounts.$inferInsert)[] = [];
    const trainedBy = new Map<number, { trainingId: number; memberIds: number[]; date: string }>();

    // ——— regional trainings (June–July 2017) ———
    for (const [i, group] of regionalTrainings.entries()) {
      const covered = group.regions.map((code) => regionByCode.get(code)!);
      const [training] = await tx
        .insert(trainingMeetings)
        .values({
          planId: planRow.id,
          level: "regional",
          title: `لقاء تكويني لفائدة ${regionsPhrase(covered.map((r) => r.nameAr))}`,
          startsOn: group.date,
          endsOn: group.date,
          startTime: "10:00",
          venue: group.venue,
          city: group.city,
          status: "reported",
          rapporteur: nameOf.get(nth(rapporteurs, i).id) ?? null,
          summary: regionalSummary,
          discussion: regionalDiscussion,
          followUp: regionalFollowUp,
        })
        .returning({ id: trainingMeetings.id });
      await tx.insert(trainingRegions).values(covered.map((r) => ({ trainingId: training.id, regionId: r.id })));
      // the first two share their trainer, as in the article; then the Bureau takes turns
      const trainer = nth(bureau, i < 2 ? 0 : i);
      people.push({ trainingId: training.id, memberId: trainer, role: "trainer" });
      const attending = [1, 2, 3, 4].map((k) => nth(bureau, i * 3 + k)).filter((id) => id !== trainer);
      for (const memberId of new Set(attending)) people.push({ trainingId: training.id, memberId, role: "bureau" });
      regionalSittings.forEach((title, k) =>
        sittingRows.push({ trainingId: training.id, position: k + 1, title, chair: nameOf.get(nth(attending, k)) ?? null }),
      );
      for (const region of covered) {
        const progress = regionProgress[region.code];
        for (const province of provincesOf(region.id)) {
          countRows.push({ trainingId: training.id, provinceId: province.id, count: rnd.int(3, 6) + Math.round(progress * 10) });
          const trainees = traineesOf(province.id).slice(0, progress >= 0.5 ? 2 : 1);
          for (const t of trainees) people.push({ trainingId: training.id, memberId: t.id, role: "trained_trainer", provinceId: province.id });
          if (trainees.length) trainedBy.set(province.id, { trainingId: training.id, memberIds: trainees.map((t) => t.id), date: group.date });
        }
      }
    }

    // ——— provincial trainings led by the trained trainers (2017–2018), and a few local ones ———
    const provincialOf = new Map<number, { id: number; date: string; leaders: number[] }>();
    for (const province of allProvinces) {
      const origin = trainedBy.get(province.id);
      const progress = regionProgress[codeOfRegion.get(province.regionId)!];
      if (!origin || !rnd.chance(0.25 + progress * 0.75)) continue;
      const date = dayBetween(rnd, addDays(origin.date, 21), progress >= 0.5 ? "2017-12-20" : "2018-06-30");
      const city = province.nameAr.split(" - ")[0];
      const [training] = await tx
        .insert(trainingMeetings)
        .values({
          planId: planRow.id,
          level: "provincial",
          title: `اللقاء التكويني الإقليمي لخطة التجذر بإقليم ${province.nameAr}`,
          startsOn: date,
          endsOn: date,
          startTime: rnd.pick(["10:00", "16:00", "17:30"]),
          venue: "مقر الكتابة الإقليمية",
          city,
          status: date < "2018-03-01" ? "reported" : "held",
          parentId: origin.trainingId,
          provinceId: province.id,
          summary: provincialSummary,
        })
        .returning({ id: trainingMeetings.id });
      for (const memberId of origin.memberIds) people.push({ trainingId: training.id, memberId, role: "leader", provinceId: province.id });
      countRows.push({ trainingId: training.id, provinceId: province.id, count: rnd.int(12, 25) + Math.round(progress * 20) });
      provincialOf.set(province.id, { id: training.id, date, leaders: origin.memberIds });
    }
    const branchRows = await tx
      .select({ id: branches.id, provinceId: branches.provinceId, town: branches.town, nameAr: branches.nameAr })
      .from(branches)
      .orderBy(asc(branches.id));
    const strongProvincial = [...provincialOf.entries()].filter(([provinceId]) => {
      const province = allProvinces.find((p) => p.id === provinceId)!;
      return regionProgress[codeOfRegion.get(province.regionId)!] >= 0.6;
    });
    for (const [provinceId, parent] of strongProvincial.filter((_, i) => i % 3 === 0)) {
      const branch = branchRows.find((b) => b.provinceId === provinceId);
      if (!branch) continue;
      const date = dayBetween(rnd, addDays(parent.date, 14), "2018-10-31");
      const [training] = await tx
        .insert(trainingMeetings)
        .values({
          planId: planRow.id,
          level: "local",
          title: `لقاء تكويني محلي لمناضلي ${branch.nameAr}`,
          startsOn: date,
          endsOn: date,
          startTime: "18:00",
          venue: `مقر ${branch.nameAr}`,
          city: branch.town,
          status: "held",
          parentId: parent.id,
          provinceId,
          branchId: branch.id,
          summary: localSummary,
        })
        .returning({ id: trainingMeetings.id });
      people.push({ trainingId: training.id, memberId: parent.leaders[0], role: "leader", provinceId });
      countRows.push({ trainingId: training.id, provinceId, count: rnd.int(8, 20) });
    }

    // ——— the upcoming regional training, in the demo member's region ———
    const [home] = demoMember?.memberId
      ? await tx
          .select({ regionId: provinces.regionId })
          .from(members)
          .innerJoin(branches, eq(branches.id, members.branchId))
          .innerJoin(provinces, eq(provinces.id, branches.provinceId))
          .where(eq(members.id, demoMember.memberId))
      : [];
    const upcomingRegion = allRegions.find((r) => r.id === home?.regionId) ?? regionByCode.get("04")!;
    const [upcoming] = await tx
      .insert(trainingMeetings)
      .values({
        planId: planRow.id,
        level: "regional",
        title: `${upcomingTraining.title} — ${regionsPhrase([upcomingRegion.nameAr])}`,
        startsOn: onSeedDay(upcomingTraining.date, today),
        endsOn: onSeedDay(upcomingTraining.date, today),
        startTime: "10:00",
        venue: upcomingTraining.venue,
        city: regionalCapitals[upcomingRegion.code],
        status: "planned",
      })
      .returning({ id: trainingMeetings.id });
    await tx.insert(trainingRegions).values({ trainingId: upcoming.id, regionId: upcomingRegion.id });
    people.push({ trainingId: upcoming.id, memberId: nth(bureau, 2), role: "trainer" });
    sittingRows.push({ trainingId: upcoming.id, position: 1, title: "حصيلة تنزيل خطة التجذر في الجهة", chair: nameOf.get(nth(bureau, 3)) ?? null });

    const uniquePeople = [...new Map(people.map((p) => [`${p.trainingId}-${p.memberId}-${p.role}`, p])).values()];
    await insertChunked(tx, (rows) => tx.insert(trainingPeople).values(rows), uniquePeople);
    await insertChunked(tx, (rows) => tx.insert(trainingSittings).values(rows), sittingRows);
    await insertChunked(tx, (rows) => tx.insert(trainingAttendanceCounts).values(rows), countRows);

    await seedBranchProgress(tx, rnd, allRegions, provincesOf, branchRows, today);
  });
}

/**
 * Branches restructured and renewed, cells founded and activities with citizens through 2017–2018,
 * in proportion to each region's progress, then this year's activities (relative to `today`).
 */
async function seedBranchProgress(
  tx: Tx,
  rnd: Random,
  allRegions: { id: number; code: string }[],
  provincesOf: (regionId: number) => { id: number }[],
  branchRows: { id: number; provinceId: number }[],
  today: string,
) {
  const restructured: { id: number; on: string; renewedOn: string | null; regionCode: string }[] = [];
  for (const region of allRegions) {
    const inRegion = new Set(provincesOf(region.id).map((p) => p.id));
    const regionBranches = branchRows.filter((b) => inRegion.has(b.provinceId));
    const trainedOn = regionalTrainings.find((g) => (g.regions as readonly string[]).includes(region.code))!.date;
    const chosen = shuffled(rnd, regionBranches).slice(0, Math.round(regionProgress[region.code] * regionBranches.length));
    for (const b of chosen) {
      // most branches were restructured in the months after their region's training
      const [a, b2] = [dayBetween(rnd, addDays(trainedOn, 30), "2018-12-15"), dayBetween(rnd, addDays(trainedOn, 30), "2018-12-15")];
      const on = a < b2 ? a : b2;
      const renewal = rnd.next();
      const renewedOn = renewal < 0.8 ? on : renewal < 0.9 ? dayBetween(rnd, on, "2018-12-31") : null;
      restructured.push({ id: b.id, on, renewedOn, regionCode: region.code });
    }
  }
  if (restructured.length) {
    const values = sql.join(
      restructured.map((r) => sql`(${r.id}::int, ${r.on}::date, ${r.renewedOn}::date)`),
      sql`, `,
    );
    await tx.execute(
      sql`update ${branches} set restructured_on = v.restructured_on, bureau_renewed_on = v.renewed_on, updated_at = now()
          from (values ${values}) as v(id, restructured_on, renewed_on) where ${branches.id} = v.id`,
    );
  }

  const cellRows: (typeof cells.$inferInsert)[] = [];
  const activityRows: (typeof rootingActivities.$inferInsert)[] = [];
  for (const b of restructured) {
    const progress = regionProgress[b.regionCode];
    const newCells = rnd.chance(progress * 0.8) ? (rnd.chance(0.3) ? 2 : 1) : 0;
    for (let k = 0; k < newCells; k++) {
      const c = newCellNames[(b.id + k) % newCellNames.length];
      cellRows.push({ branchId: b.id, name: c.name, kind: c.kind, foundedOn: dayBetween(rnd, b.on, "2018-12-31"), membersCount: rnd.int(6, 25) });
    }
    const activities = rnd.int(0, 2) + Math.round(progress * 4);
    for (let k = 0; k < activities; k++) {
      const kind = rnd.pick(activityKinds);
      activityRows.push({
        branchId: b.id,
        date: dayBetween(rnd, b.on, "2018-12-31"),
        kind,
        description: rnd.pick(activityTexts[kind]),
        peopleReached: rnd.chance(0.85) ? rnd.int(2, 40) * 10 : null,
      });
    }
  }
  // the recent ones go to the first restructured branch of their region
  const firstIn = (code: string) => restructured.find((r) => r.regionCode === code)?.id;
  for (const a of recentActivities) {
    const branchId = firstIn(a.regionCode);
    if (branchId) activityRows.push({ branchId, date: addDays(today, -a.daysAgo), kind: a.kind, description: a.description, peopleReached: a.peopleReached });
  }
  for (const a of earlier2026Activities) {
    const branchId = firstIn(a.regionCode);
    if (branchId) activityRows.push({ branchId, date: onSeedDay(a.date, today), kind: a.kind, description: a.description, peopleReached: a.peopleReached });
  }
  await insertChunked(tx, (rows) => tx.insert(cells).values(rows), cellRows);
  await insertChunked(tx, (rows) => tx.insert(rootingActivities).values(rows), activityRows);
}
