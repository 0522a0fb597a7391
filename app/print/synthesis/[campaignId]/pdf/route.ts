import { getCurrentUser } from "@/lib/auth/current-user";
import { pdfResponse, printToPdf } from "@/lib/calendar/pdf";
import { can } from "@/lib/permissions";
import { idOrNull, notFoundResponse } from "@/lib/params";

/** The synthesis report as a PDF, printed by headless Chromium from its print view, as the user. */
export async function GET(request: Request, { params }: { params: Promise<{ campaignId: string }> }) {
  const user = await getCurrentUser();
  if (!user || !can(user, "synthesis.manage")) return new Response("Forbidden", { status: 403 });
  const id = idOrNull((await params).campaignId);
  if (id === null) return notFoundResponse();
  // the print view checks the campaign again, as the user; a missing one gives no PDF
  const pdf = await printToPdf(`/print/synthesis/${id}`, request);
  if (!pdf) return new Response("Not found", { status: 404 });
  return pdfResponse(pdf, `synthesis-${id}.pdf`);
}
