import "server-only";
import type { PGlite, Results } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import { connection } from "@/db";
import { errorFields, log } from "@/lib/log";

/** pg-boss keeps its tables in a schema of its own, beside the app's. */
export const QUEUE_SCHEMA = "pgboss";

export interface QueueSettings {
  /** PostgreSQL only: the database of the queue's own pool (DATABASE_URL by default). */
  databaseUrl?: string;
  /** How often an idle worker asks for work (pg-boss's minimum is half a second). */
  pollingIntervalSeconds?: number;
  /** How often a job that outlived its expiry (a crashed worker) is failed and so retried. */
  maintenanceIntervalSeconds?: number;
  /** Cron schedules (the reminders) fire only in a queue that has them on; tests turn them off. */
  schedule?: boolean;
  /** Run the reminders and the outbox sweep once at start (the default). */
  runAtStart?: boolean;
  /** The email queue's retries, when not the production ones (tests wait seconds, not minutes). */
  emailRetry?: { retryLimit?: number; retryDelay?: number; expireInSeconds?: number };
}

/**
 * pg-boss's database seam over the embedded PGlite, which has one session for the whole process. A
 * statement with parameters goes through `query`; a script (pg-boss's own migrations and its locked
 * maintenance, `BEGIN; … COMMIT;`) through `exec` inside PGlite's exclusive transaction, so that a
 * failing script is rolled back before any other statement of the app runs on that session.
 */
export function pgliteExecutor(client: PGlite) {
  return {
    async executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
      if (values && values.length > 0) return client.query(text, values);
      const results: Results[] = await client.transaction((tx) => tx.exec(text));
      return [...results].reverse().find((r) => r.fields.length > 0) ?? { rows: [] };
    },
  };
}

/**
 * Opens and starts a job queue on the app's database: on PostgreSQL with a small pool of its own
 * (several app instances share the queue there), on PGlite in this process over the app's own
 * instance. pg-boss creates or migrates its schema itself, under an advisory lock.
 */
export async function openQueue(settings: QueueSettings = {}): Promise<PgBoss> {
  const conn = connection();
  const common = {
    schema: QUEUE_SCHEMA,
    pollingIntervalSeconds: settings.pollingIntervalSeconds ?? 2,
    maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds ?? 60,
    schedule: settings.schedule ?? true,
  };
  const boss =
    conn.engine === "postgres"
      ? new PgBoss({
          ...common,
          connectionString: settings.databaseUrl ?? process.env.DATABASE_URL,
          max: Number(process.env.QUEUE_POOL_MAX || 3),
          application_name: "party-life-jobs",
        })
      : new PgBoss({ ...common, db: pgliteExecutor(conn.pglite!) });
  boss.on("error", (error) => log.error({ action: "jobs", error: errorFields(error) }, "job queue error"));
  await boss.start();
  return boss;
}

const globalForQueue = globalThis as unknown as { __partyQueue?: PgBoss };

/** The queue this process runs (instrumentation.ts), or null before it started (or in a test that did not start one). */
export function runningQueue(): PgBoss | null {
  return globalForQueue.__partyQueue ?? null;
}

export function setRunningQueue(boss: PgBoss | null): void {
  if (boss) globalForQueue.__partyQueue = boss;
  else delete globalForQueue.__partyQueue;
}
