import { getRouteUser } from "@/lib/auth/current-user";
import { calendarEvent } from "@/lib/calendar/queries";
import { icsResponse, idFromIcsName } from "@/lib/calendar/response";
import { can } from "@/lib/permissions";
import { notFoundResponse } from "@/lib/params";

/** One event as an .ics file, for whoever may see it; anything else is not found. */
export async function GET(request: Request, { params }: { params: Promise<{ type: string; id: string }> }) {
  const user = await getRouteUser();
  if (!user || !can(user, "calendar.read")) return new Response("Unauthorized", { status: 401 });
  const { type, id } = await params;
  const eventId = idFromIcsName(id);
  if (eventId === null) return notFoundResponse();
  const event = await calendarEvent(user, type, eventId);
  if (!event) return new Response("Not found", { status: 404 });
  return icsResponse([event], request, `${event.type}-${event.id}.ics`);
}
