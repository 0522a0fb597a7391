import { NextResponse, type NextRequest } from "next/server";
import { getRouteUser } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import { complianceCampaign } from "@/lib/reports/compliance-queries";
import { complianceCsv } from "@/lib/reports/compliance-csv-queries";
import * as clock from "@/lib/clock";
import { notFoundResponse } from "@/lib/params";
import { toId } from "@/lib/validation";

/** /api/reports/compliance.csv?campaign=<id>: one row per body of the viewer's scope. */
export async function GET(request: NextRequest) {
  const user = await getRouteUser();
  if (!user) return new NextResponse("Unauthorized", { status: 401 });
  if (!can(user, "report.read")) return new NextResponse("Forbidden", { status: 403 });
  const id = toId(request.nextUrl.searchParams.get("campaign"));
  if (id === null) return notFoundResponse();
  let campaign;
  try {
    campaign = await complianceCampaign(user, id);
  } catch {
    return new NextResponse("Not found", { status: 404 });
  }
  const { locale } = await getDictionary();
  const csv = await complianceCsv(user, campaign, locale, request.nextUrl.origin);
  const date = clock.now().toISOString().slice(0, 10);
  return new NextResponse(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="compliance-${campaign.id}-${date}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
