import { getRouteUser } from "@/lib/auth/current-user";
import { pdfDownload } from "@/lib/calendar/pdf";
import { workshopProgramme } from "@/lib/calendar/programme-queries";
import { can } from "@/lib/permissions";
import { idOrNull, notFoundResponse } from "@/lib/params";

/** The workshop's agenda as a PDF, printed by headless Chromium from the print view, as the user. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getRouteUser();
  if (!user || !can(user, "session.read")) return new Response("Unauthorized", { status: 401 });
  const id = idOrNull((await params).id);
  if (id === null) return notFoundResponse();
  const programme = await workshopProgramme(user, id);
  if (!programme) return new Response("Not found", { status: 404 });
  return pdfDownload({ user, path: `/print/workshops/${id}`, filename: `workshop-${programme.session.ordinal}-${programme.workshop.number}.pdf`, request });
}
