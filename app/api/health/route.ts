import { databaseReachable } from "@/lib/health";

// For load balancers: answers 200 when this instance can reach its database.
export async function GET() {
  return (await databaseReachable()) ? Response.json({ ok: true }) : Response.json({ ok: false }, { status: 503 });
}
