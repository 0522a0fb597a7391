import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";

/** Whether this instance can reach its database (the health check of load balancers). */
export async function databaseReachable(): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
