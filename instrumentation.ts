import type { Instrumentation } from "next";

// Runs once when a server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/startup-check");
  // Next prints an uncaught error with console.error: never with a failed query's parameters
  const { redactConsole } = await import("./lib/log");
  redactConsole();
  // a build never opens the database (db/index.ts)
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startStorageSweeps } = await import("./lib/sweep");
  startStorageSweeps();
  // the job queue: emails with retries, and deadline reminders on a schedule, never when someone opens a page
  const { startJobs } = await import("./lib/jobs/workers");
  await startJobs();
}

/** An uncaught error of a page, route or action: logged once with its request id and route, never its parameters. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { errorFields, log } = await import("./lib/log");
  const header = request.headers["x-request-id"];
  log.error(
    {
      requestId: (Array.isArray(header) ? header[0] : header) ?? crypto.randomUUID(),
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
      ...(context.routeType === "action" ? { action: request.headers["next-action"] } : {}),
      error: errorFields(error),
    },
    "request failed",
  );
};
