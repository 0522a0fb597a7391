/**
 * A bound on heavy work shared by everyone (printing PDFs): at most `concurrency` jobs run at once,
 * at most `maxWaiting` wait their turn, and a key (a user) has at most one job running or waiting.
 * Beyond that a job is refused at once with a BusyError rather than left to pile up. Pure: no
 * timers, no I/O, so the rules are tested on their own.
 */
export class BusyError extends Error {
  constructor(readonly reason: "key" | "queue") {
    super(reason === "key" ? "a job for this key is already under way" : "too many jobs waiting");
    this.name = "BusyError";
  }
}

/**
 * By name, not instanceof: the limiter lives on globalThis, shared by routes that Next bundles
 * apart, each with its own copy of this class.
 */
export function isBusyError(error: unknown): error is BusyError {
  return error instanceof Error && error.name === "BusyError";
}

export type Limiter = {
  run<T>(key: string, job: () => Promise<T>): Promise<T>;
  /** For tests and logs: how many run and wait now. */
  stats(): { running: number; waiting: number; keys: number };
};

export function createLimiter({ concurrency, maxWaiting }: { concurrency: number; maxWaiting: number }): Limiter {
  let running = 0;
  const waiting: Array<() => void> = [];
  const busyKeys = new Set<string>();

  function next() {
    if (running >= concurrency) return;
    const start = waiting.shift();
    if (start) start();
  }

  return {
    run<T>(key: string, job: () => Promise<T>): Promise<T> {
      if (busyKeys.has(key)) return Promise.reject(new BusyError("key"));
      if (running >= concurrency && waiting.length >= maxWaiting) return Promise.reject(new BusyError("queue"));
      busyKeys.add(key);
      return new Promise<T>((resolve, reject) => {
        const start = () => {
          running += 1;
          // a job that throws synchronously releases its place like one that rejects
          Promise.resolve()
            .then(job)
            .then(resolve, reject)
            .finally(() => {
              running -= 1;
              busyKeys.delete(key);
              next();
            });
        };
        if (running < concurrency) start();
        else waiting.push(start);
      });
    },
    stats: () => ({ running, waiting: waiting.length, keys: busyKeys.size }),
  };
}
