import { inArray, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { actionKeys, agreements, paperVersions, revokedSessions, trainingMaterials } from "@/db/schema";
import { prunePasswordResets } from "@/lib/auth/password-reset";
import { pruneAttempts } from "@/lib/auth/throttle";
import * as clock from "@/lib/clock";
import { errorFields, log } from "@/lib/log";
import { finalKeyOf, storage, TEMP_FOLDER, type StoredFile } from "@/lib/storage";

/**
 * The folders of uploaded files and the column that names each file. Only these folders are swept:
 * a file elsewhere is never taken for an orphan, so a new kind of upload must be added here.
 */
const UPLOAD_FOLDERS: { prefix: string; column: PgColumn }[] = [
  { prefix: "papers", column: paperVersions.attachmentKey },
  { prefix: "trainings", column: trainingMaterials.storageKey },
  { prefix: "agreements", column: agreements.documentKey },
];

/** How old a waiting upload or an unnamed file must be before it is removed. */
export const SWEEP_AFTER_MS = 60 * 60 * 1000;
/** How long a one-time key is kept: far longer than any retry of the same submission. */
const ACTION_KEYS_KEPT = "24 hours";
/** At most this many files are looked at per folder and run, so that a run stays short. */
const FILES_PER_RUN = 5_000;
const BATCH = 500;

export interface SweepReport {
  /** Uploads whose row was committed but whose move was interrupted, now in place. */
  moved: number;
  /** Uploads whose transaction never committed. */
  removedWaiting: number;
  /** Files no row names any more (a delete whose after-commit step did not run). */
  removedUnnamed: number;
  /** One-time keys older than a day. */
  prunedKeys: number;
  /** Sign-in attempts and password reset requests older than a day, dead reset links, and revoked sessions past their absolute end. */
  prunedSignIns: number;
}

/** The keys among these that a row names. */
async function named(keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const { prefix, column } of UPLOAD_FOLDERS) {
    const mine = keys.filter((key) => key.startsWith(`${prefix}/`));
    if (mine.length === 0) continue;
    const rows = await db
      .select({ key: column })
      .from(column.table)
      .where(inArray(column, mine));
    for (const row of rows) if (typeof row.key === "string") found.add(row.key);
  }
  return found;
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/**
 * Clears what uploads leave behind when a process stops at the wrong moment, and old one-time keys:
 * - a waiting upload (tmp/) whose row is committed is moved into place; one older than an hour whose
 *   row never came is removed;
 * - a file older than an hour in an upload folder that no row names is removed;
 * - one-time keys older than a day are pruned, and so are sign-in attempts older than a day and
 *   revoked sessions that could no longer be valid anyway.
 * A file is removed only when the database has answered that nothing names it.
 */
export async function sweepStorage(): Promise<SweepReport> {
  const report: SweepReport = { moved: 0, removedWaiting: 0, removedUnnamed: 0, prunedKeys: 0, prunedSignIns: 0 };
  // a file's age is read from the file system's clock, not from clock.now() (which a test or a demo
  // may fix): comparing the two could take a file written a second ago for an old one
  const cutoff = Date.now() - SWEEP_AFTER_MS;
  const isOld = (file: StoredFile) => file.modifiedAt.getTime() < cutoff;

  for (const batch of batches(await storage().list(TEMP_FOLDER, FILES_PER_RUN))) {
    const finals = new Map(batch.map((file) => [file, finalKeyOf(file.key)]));
    const committed = await named([...finals.values()].filter((key): key is string => key !== null));
    for (const [file, final] of finals) {
      if (final && committed.has(final)) {
        await storage().move(file.key, final);
        report.moved += 1;
      } else if (isOld(file)) {
        await storage().delete(file.key);
        report.removedWaiting += 1;
      }
    }
  }

  for (const { prefix } of UPLOAD_FOLDERS) {
    const old = (await storage().list(prefix, FILES_PER_RUN)).filter(isOld);
    for (const batch of batches(old)) {
      const kept = await named(batch.map((file) => file.key));
      for (const file of batch) {
        if (kept.has(file.key)) continue;
        await storage().delete(file.key);
        report.removedUnnamed += 1;
      }
    }
  }

  // the database's clock, the one that stamped created_at
  const pruned = await db
    .delete(actionKeys)
    .where(sql`${actionKeys.createdAt} < now() - ${ACTION_KEYS_KEPT}::interval`)
    .returning({ key: actionKeys.key });
  report.prunedKeys = pruned.length;

  // stamped by the app's clock (lib/auth/throttle.ts, lib/auth/session.ts): measured by it
  const endedSessions = await db
    .delete(revokedSessions)
    .where(sql`${revokedSessions.expiresAt} < ${clock.now()}`)
    .returning({ sid: revokedSessions.sid });
  report.prunedSignIns = (await pruneAttempts()) + endedSessions.length + (await prunePasswordResets());
  return report;
}

/** One sweep whose failure is logged, never thrown: a server keeps serving whatever the sweep meets. */
export async function sweepQuietly(): Promise<SweepReport | null> {
  try {
    const report = await sweepStorage();
    if (report.moved || report.removedWaiting || report.removedUnnamed || report.prunedKeys || report.prunedSignIns) log.info({ sweep: report }, "storage swept");
    return report;
  } catch (error) {
    log.error({ action: "storage.sweep", error: errorFields(error) }, "storage sweep failed");
    return null;
  }
}

const globalForSweep = globalThis as unknown as { __storageSweep?: NodeJS.Timeout };

/**
 * Sweeps now and then every hour in this process (instrumentation.ts). The timer is unref'd, so it
 * never keeps a stopping process alive; started once, even across hot reloads.
 */
export function startStorageSweeps(): void {
  if (globalForSweep.__storageSweep) return;
  void sweepQuietly();
  globalForSweep.__storageSweep = setInterval(() => void sweepQuietly(), SWEEP_AFTER_MS);
  globalForSweep.__storageSweep.unref();
}
