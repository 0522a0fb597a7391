// `npm run storage:sweep`: one sweep of the uploads folder and of old one-time keys (lib/sweep.ts),
// the same a running server does every hour. On the embedded database run it only while the
// server is stopped: two processes must never open one PGlite folder.
import { connection } from "@/db";
import { sweepStorage } from "@/lib/sweep";

try {
  const report = await sweepStorage();
  console.log(
    `storage swept: ${report.moved} moved into place, ${report.removedWaiting} waiting and ${report.removedUnnamed} unnamed files removed, ${report.prunedKeys} one-time keys pruned`,
  );
} finally {
  await connection().close();
}
