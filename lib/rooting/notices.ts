import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db";
import { trainingPeople, users, type TrainingLevel } from "@/db/schema";
import { fill } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { notifyEach } from "@/lib/notifications/localized";
import { officersCovering } from "@/lib/reports/compliance-queries";

export interface TrainingAbout {
  id: number;
  title: string;
  level: TrainingLevel;
  city: string;
  startsOn: string;
  endsOn: string;
  provinceId: number | null;
  regionId: number | null;
  regionIds: number[];
}

export const trainingHref = (id: number) => `/rooting/trainings/${id}`;

/** The officers a training concerns: every officer for a national one, those of the covered regions (their provinces' included) for a regional one, those answering for its province otherwise. */
async function officersConcerned(tx: Executor, training: TrainingAbout): Promise<number[]> {
  if (training.level === "national" || training.level === "regional") {
    if (training.level === "regional" && training.regionIds.length === 0) return [];
    // a province's officer carries its region's id too (db/schema/people.ts): one condition for both
    const rows = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "officer"), eq(users.active, true), training.level === "regional" ? inArray(users.scopeRegionId, training.regionIds) : undefined));
    return rows.map((u) => u.id);
  }
  const bodies = training.regionId ? [{ regionId: training.regionId, provinceId: training.provinceId }] : [];
  return (await officersCovering(tx, bodies)).map((o) => o.id);
}

/** A training newly scheduled: its officers are told (not the one who scheduled it), each in their language. */
export async function tellScheduled(tx: Executor, training: TrainingAbout, scheduledBy: number): Promise<number> {
  const officers = (await officersConcerned(tx, training)).filter((id) => id !== scheduledBy);
  return notifyEach(tx, officers, (t, locale) => {
    const from = formatDate(training.startsOn, locale);
    const dates = training.startsOn === training.endsOn ? from : fill(t.rooting.trainings.dates, { from, to: formatDate(training.endsOn, locale) });
    return {
      kind: "training.scheduled",
      title: fill(t.rooting.notices.scheduledTitle, { title: training.title }),
      body: fill(t.rooting.notices.scheduledBody, { level: t.rooting.levels[training.level], dates, city: training.city }),
      href: trainingHref(training.id),
      dedupeKey: `training.scheduled:${training.id}`,
    };
  });
}

/** The accounts of a training's named people, in any role (its trainers, participants, leaders …). */
export async function peopleOfTraining(tx: Executor, trainingIds: number[]): Promise<Map<number, number[]>> {
  const byTraining = new Map<number, number[]>();
  if (trainingIds.length === 0) return byTraining;
  const rows = await tx
    .select({ trainingId: trainingPeople.trainingId, userId: users.id })
    .from(trainingPeople)
    .innerJoin(users, and(eq(users.memberId, trainingPeople.memberId), eq(users.active, true)))
    .where(inArray(trainingPeople.trainingId, trainingIds));
  for (const row of rows) byTraining.set(row.trainingId, [...(byTraining.get(row.trainingId) ?? []), row.userId]);
  return byTraining;
}
