import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { growAudit } from "./scale/audit";
import { createPeoplePools, growBranchBureauMembers, growCentralCommittee, growMembers } from "./scale/people";
import { growCampaigns } from "./scale/reports";
import { growTrainings } from "./scale/rooting";
import { growSessions } from "./scale/sessions";
import { countOf, maxId, one } from "./scale/sql";
import { growActivities, growBranchBureaus, growBranches, growCells } from "./scale/territory";
import { seedNow, seedToday } from "./today";

/**
 * The national scale (factor 1): the party as it is across the country, on top of the demo. The
 * 12 regions and 75 provinces are the real ones already; every other count grows to these.
 */
export const nationalScale = {
  branches: 1_500,
  members: 30_000,
  centralCommittee: 400,
  sessions: 50,
  campaigns: 20,
  trainings: 2_000,
  auditRows: 200_000,
} as const;

export type ScaleCounts = Record<keyof typeof nationalScale, number>;

/** The named scales of `npm run db:seed -- --scale=…`; a number is a factor of the national one. */
export const scales: Record<string, number> = { national: 1, "10x": 10 };

export function scaleFactor(name: string): number {
  const factor = scales[name] ?? Number(name);
  if (!Number.isFinite(factor) || factor <= 0) throw new Error(`unknown scale "${name}": national, 10x or a positive factor`);
  return factor;
}

export function scaleTargets(factor: number): ScaleCounts {
  return Object.fromEntries(Object.entries(nationalScale).map(([k, v]) => [k, Math.round(v * factor)])) as ScaleCounts;
}

/** The counts the targets are measured on. */
export async function scaleCounts(db: Database): Promise<ScaleCounts> {
  return {
    branches: await countOf(db, "branches"),
    members: await countOf(db, "members"),
    centralCommittee: await one(
      db,
      sql`select count(distinct om.member_id)::int as n from organ_memberships om join organs o on o.id = om.organ_id where o.code = 'central_committee'`,
    ),
    sessions: await countOf(db, "committee_sessions"),
    campaigns: await countOf(db, "evaluation_campaigns"),
    trainings: await countOf(db, "training_meetings"),
    auditRows: await countOf(db, "audit_log"),
  };
}

/**
 * Grows a seeded database to `factor` times the national scale, in SQL (one INSERT … SELECT over
 * generate_series per table and step), in one transaction; a count already at or above its target
 * is left as it is, so running it again adds nothing. Every campaign added has one report per
 * province. Returns the counts before and after.
 */
export async function growToScale(db: Database, factor: number, options: { today?: string; now?: Date; log?: (line: string) => void } = {}) {
  const today = options.today ?? seedToday();
  const now = options.now ?? seedNow();
  const log = options.log ?? (() => {});
  const target = scaleTargets(factor);
  const before = await scaleCounts(db);
  const need = (k: keyof ScaleCounts) => Math.max(0, target[k] - before[k]);
  const step = async (name: string, run: () => Promise<unknown>) => {
    const started = Date.now();
    await run();
    log(`  ${name}: ${Date.now() - started} ms`);
  };

  await db.transaction(async (tx) => {
    const [bureau] = await tx.execute(sql`select id from users where role = 'bureau' and active order by id limit 1`).then((r) => (r as unknown as { rows: { id: number }[] }).rows);
    const bureauUserId = bureau?.id ?? null;
    const branchesBefore = await maxId(tx, "branches");
    await step("branches", () => growBranches(tx, need("branches"), today));
    await step("branch bureaus", () => growBranchBureaus(tx));
    await step("cells", () => growCells(tx, branchesBefore, today));
    await step("activities", () => growActivities(tx, branchesBefore, today));
    await step("members", () => growMembers(tx, need("members"), today));
    await step("bureau members", () => growBranchBureauMembers(tx));
    await step("central committee", () => growCentralCommittee(tx, need("centralCommittee")));
    await step("pools", () => createPeoplePools(tx));
    await step("sessions", () => growSessions(tx, need("sessions"), bureauUserId));
    await step("campaigns", () => growCampaigns(tx, need("campaigns"), today, bureauUserId));
    await step("trainings", () => growTrainings(tx, need("trainings"), today));
    await step("audit", () => growAudit(tx, need("auditRows"), now));
  });
  // the planner's statistics, so the first pages read at scale use the indexes
  await step("analyze", () => db.execute(sql`analyze`));
  return { before, after: await scaleCounts(db), target };
}
