import type { QueueSettings } from "@/lib/jobs/queue";
import { startJobs, stopJobs } from "@/lib/jobs/workers";

/**
 * The job queue of the app, started on the test file's database with short intervals: workers ask
 * for work twice a second, expired jobs are found every second, emails are retried after a second
 * or two (backoff from 1 s), and nothing runs on a schedule unless the test asks.
 */
export const testQueueSettings: QueueSettings = {
  pollingIntervalSeconds: 0.5,
  maintenanceIntervalSeconds: 1,
  schedule: false,
  runAtStart: false,
  emailRetry: { retryDelay: 1 },
};

export async function startTestJobs(settings: QueueSettings = {}) {
  const boss = await startJobs({ ...testQueueSettings, ...settings });
  if (!boss) throw new Error("the job queue did not start");
  return boss;
}

// a handler still running finishes (up to a second) before the next test changes the data under it
export const stopTestJobs = () => stopJobs({ graceful: true, timeout: 1000 });
