import { getCurrentUser } from "@/lib/auth/current-user";
import { pdfResponse, printToPdf } from "@/lib/calendar/pdf";
import { sessionProgramme } from "@/lib/calendar/programme";
import { can } from "@/lib/permissions";
import { idOrNull, notFoundResponse } from "@/lib/params";

/** The session's programme as a PDF, printed by headless Chromium from the print view, as the user. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user || !can(user, "session.read")) return new Response("Unauthorized", { status: 401 });
  const id = idOrNull((await params).id);
  if (id === null) return notFoundResponse();
  const programme = await sessionProgramme(user, id);
  const pdf = programme ? await printToPdf(`/print/sessions/${id}`, request) : null;
  if (!pdf) return new Response("Not found", { status: 404 });
  return pdfResponse(pdf, `session-${programme!.session.ordinal}.pdf`);
}
