import { afterEach, describe, expect, it } from "vitest";
import { runningQueue } from "@/lib/jobs/queue";
import { SHUTDOWN_HOOKS } from "@/lib/shutdown";
import { startTestJobs, stopTestJobs } from "@/tests/jobs";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What scripts/server.mjs does on SIGTERM once it stops taking requests: every hook, side by side. */
async function shutDown() {
  const hooks = (globalThis as { [SHUTDOWN_HOOKS]?: Set<() => Promise<void>> })[SHUTDOWN_HOOKS];
  const all = [...(hooks ?? [])];
  hooks?.clear();
  await Promise.allSettled(all.map((hook) => hook()));
  return all.length;
}

afterEach(stopTestJobs);

describe("a stopping server", () => {
  it("lets the job in hand finish, then stops the queue", async () => {
    const boss = await startTestJobs();
    await boss.createQueue("slow-test");
    let started = false;
    let finished = false;
    await boss.work("slow-test", { pollingIntervalSeconds: 0.5 }, async () => {
      started = true;
      await sleep(700);
      finished = true;
    });
    await boss.send("slow-test", {});
    for (let i = 0; i < 100 && !started; i++) await sleep(50);
    expect(started).toBe(true);

    expect(await shutDown()).toBe(1);
    expect(finished).toBe(true);
    expect(runningQueue()).toBeNull();
  });

  it("asks nothing of a queue already stopped", async () => {
    await startTestJobs();
    await stopTestJobs();
    expect(await shutDown()).toBe(0);
  });
});
