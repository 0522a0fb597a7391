// Runs once when a server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/startup-check");
  // a build never opens the database (db/index.ts)
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startStorageSweeps } = await import("./lib/sweep");
  startStorageSweeps();
}
