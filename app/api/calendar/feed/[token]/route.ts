import { feedEvents } from "@/lib/calendar/queries";
import { icsResponse } from "@/lib/calendar/response";

/**
 * A user's private subscription feed: no session cookie (calendar apps have none), the token in
 * the address stands for the user, and the feed holds exactly what they may see. An unknown or
 * revoked token is not found.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const events = token.endsWith(".ics") ? await feedEvents(token.slice(0, -4)) : null;
  if (!events) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return icsResponse(events, request);
}
