import { sql } from "drizzle-orm";
import { db } from "@/db";

// For load balancers: answers 200 when this instance can reach its database.
export async function GET() {
  try {
    await db.execute(sql`select 1`);
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
