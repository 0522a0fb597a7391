import { describe, expect, it } from "vitest";
import { BusyError, createLimiter, isBusyError } from "./limiter";

/** A job that ends when the test says so. */
function deferred<T = string>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject, job: () => promise };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the PDF limiter", () => {
  it("runs one job per user at a time and refuses the second at once", async () => {
    const limiter = createLimiter({ concurrency: 2, maxWaiting: 8 });
    const first = deferred();
    const running = limiter.run("user-1", first.job);
    await expect(limiter.run("user-1", async () => "second")).rejects.toEqual(new BusyError("key"));
    // another user is not held back by the first
    await expect(limiter.run("user-2", async () => "other")).resolves.toBe("other");
    first.resolve("first");
    await expect(running).resolves.toBe("first");
    // the user's place is free again once the job is done
    await expect(limiter.run("user-1", async () => "again")).resolves.toBe("again");
  });

  it("runs at most `concurrency` jobs, queues the next ones in order, and refuses beyond the queue", async () => {
    const limiter = createLimiter({ concurrency: 2, maxWaiting: 2 });
    const jobs = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const results = jobs.map((d, i) =>
      limiter.run(`u${i}`, () => {
        started.push(i);
        return d.promise;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(limiter.stats()).toEqual({ running: 2, waiting: 2, keys: 4 });
    const late = await limiter.run("u9", async () => "late").catch((error: unknown) => error);
    expect(late).toEqual(new BusyError("queue"));
    expect(isBusyError(late)).toBe(true);
    expect(isBusyError(new Error("other"))).toBe(false);

    jobs[1].resolve("b");
    await results[1];
    await tick();
    expect(started).toEqual([0, 1, 2]);
    jobs[0].resolve("a");
    jobs[2].resolve("c");
    await tick();
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    jobs[3].resolve("d");
    await expect(Promise.all(results)).resolves.toEqual(["a", "b", "c", "d"]);
    expect(limiter.stats()).toEqual({ running: 0, waiting: 0, keys: 0 });
  });

  it("releases the place of a job that fails, or throws before it even returns a promise", async () => {
    const limiter = createLimiter({ concurrency: 1, maxWaiting: 0 });
    await expect(limiter.run("u", async () => Promise.reject(new Error("chromium crashed")))).rejects.toThrow("chromium crashed");
    await expect(
      limiter.run("u", () => {
        throw new Error("no browser");
      }),
    ).rejects.toThrow("no browser");
    expect(limiter.stats()).toEqual({ running: 0, waiting: 0, keys: 0 });
    await expect(limiter.run("u", async () => "works")).resolves.toBe("works");
  });

  it("a waiting job that fails frees its user and lets the next one start", async () => {
    const limiter = createLimiter({ concurrency: 1, maxWaiting: 2 });
    const first = deferred();
    const a = limiter.run("a", first.job);
    const b = limiter.run("b", async () => {
      throw new Error("bad page");
    });
    const c = limiter.run("c", async () => "c");
    first.resolve("a");
    await expect(a).resolves.toBe("a");
    await expect(b).rejects.toThrow("bad page");
    await expect(c).resolves.toBe("c");
    expect(limiter.stats().keys).toBe(0);
  });
});
