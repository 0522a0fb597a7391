import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { saveReportDraft, submitReport } from "@/lib/reports/filing";
import { getReportServerCopy } from "@/lib/reports/queries";

/**
 * The report editor's saves: autosave (fetch with keepalive), the last save when the page goes
 * away (navigator.sendBeacon) and the submission. A thin door to the same mutations the tests call:
 * policy, scope, version check, revision and audit all happen there. A refused save because
 * someone saved first answers with the server's copy, so the editor can compare.
 */
export async function POST(request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return NextResponse.json({ ok: false }, { status: 403 });
  const { reportId } = await params;
  let body: Record<string, unknown>;
  try {
    body = (await request.json()) as Record<string, unknown>;
  } catch {
    return NextResponse.json({ ok: false }, { status: 400 });
  }
  const input = { ...body, reportId };
  const state = body.intent === "submit" ? await submitReport(null, input) : await saveReportDraft(null, input);
  let conflict = null;
  if (!state.ok && state.fieldErrors?.version) {
    const user = await getCurrentUser();
    conflict = user ? await getReportServerCopy(user, Number(reportId)) : null;
  }
  const { values: _values, ...answer } = state;
  return NextResponse.json({ ...answer, conflict }, { headers: { "Cache-Control": "no-store" } });
}
