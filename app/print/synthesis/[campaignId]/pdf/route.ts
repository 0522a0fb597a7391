import { getRouteUser } from "@/lib/auth/current-user";
import { pdfDownload } from "@/lib/calendar/pdf";
import { can } from "@/lib/permissions";
import { idOrNull, notFoundResponse } from "@/lib/params";

/** The synthesis report as a PDF, printed by headless Chromium from its print view, as the user. */
export async function GET(request: Request, { params }: { params: Promise<{ campaignId: string }> }) {
  const user = await getRouteUser();
  if (!user || !can(user, "synthesis.manage")) return new Response("Forbidden", { status: 403 });
  const id = idOrNull((await params).campaignId);
  if (id === null) return notFoundResponse();
  // the print view checks the campaign again, as the user; a missing one gives no PDF
  return pdfDownload({ user, path: `/print/synthesis/${id}`, filename: `synthesis-${id}.pdf`, request });
}
