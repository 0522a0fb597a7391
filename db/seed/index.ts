import path from "node:path";
import { count } from "drizzle-orm";
import { connect, type Database } from "../client";
import { runMigrations } from "../migrate";
import { regions } from "../schema";
import { seedDiplomacy } from "./diplomacy";
import { seedMembers, seedSettings, seedUsers } from "./people";
import { seedReports } from "./reports";
import { growToScale, scaleFactor } from "./scale";
import { seedRooting } from "./rooting";
import { seedSessions } from "./sessions";
import { seedBranches, seedOrgans, seedTerritory } from "./territory";
import { seedToday } from "./today";

/**
 * The demo data. Idempotent: every step adds only what is missing. What is "open now" (a campaign
 * under way, the next session, the upcoming training…) is dated relative to `today`, the seed's day
 * in Morocco (db/seed/today.ts: `APP_NOW`, else the real date); the history keeps its real dates.
 */
export async function seed(db: Database, today: string = seedToday()) {
  await seedSettings(db);
  await seedTerritory(db);
  await seedBranches(db);
  await seedOrgans(db);
  await seedMembers(db);
  await seedUsers(db);
  await seedSessions(db, today);
  await seedReports(db, today);
  await seedDiplomacy(db, today);
  await seedRooting(db, today);
}

export async function isEmpty(db: Database): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(regions);
  return n === 0;
}

async function main() {
  const conn = connect();
  if (process.argv.includes("--migrate")) await runMigrations(conn);
  if (process.argv.includes("--if-empty") && !(await isEmpty(conn.db))) {
    console.log("database already has data: seed skipped");
  } else {
    const started = Date.now();
    await seed(conn.db);
    console.log(`seeded (${conn.engine}) in ${Date.now() - started} ms`);
  }
  // --scale=national | 10x | <factor>: grow the seeded database to that many branches, members… (db/seed/scale.ts)
  const scale = process.argv.find((a) => a.startsWith("--scale="))?.slice("--scale=".length);
  if (scale) {
    const started = Date.now();
    const { after } = await growToScale(conn.db, scaleFactor(scale), { log: (line) => console.log(line) });
    console.log(`grown to scale ${scale} (${conn.engine}) in ${Date.now() - started} ms:`, after);
  }
  await conn.close();
}

if (process.argv[1] && import.meta.url === `file://${path.resolve(process.argv[1])}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
