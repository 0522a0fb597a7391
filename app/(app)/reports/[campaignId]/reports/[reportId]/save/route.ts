import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { saveReportDraft, submitReport } from "@/lib/reports/filing-actions";
import { getReportServerCopy } from "@/lib/reports/queries";
import { readJsonObject } from "@/lib/http/body";
import { idOrNull, notFoundResponse } from "@/lib/params";

/**
 * The report editor's saves: autosave (fetch with keepalive), the last save when the page goes
 * away (navigator.sendBeacon) and the submission. A thin door to the same mutations the tests call:
 * policy, scope, version check, revision and audit all happen there. A refused save because
 * someone saved first answers with the server's copy, so the editor can compare.
 */
export async function POST(request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return NextResponse.json({ ok: false }, { status: 403 });
  const reportId = idOrNull((await params).reportId);
  if (reportId === null) return notFoundResponse();
  // a malformed, truncated, null or array body is a 400, a body over the limit a 413
  const read = await readJsonObject(request);
  if (!read.ok) return read.response;
  const body = read.value;
  const input = { ...body, reportId };
  const state = body.intent === "submit" ? await submitReport(null, input) : await saveReportDraft(null, input);
  let conflict = null;
  if (!state.ok && state.fieldErrors?.version) {
    const user = await getCurrentUser();
    conflict = user ? await getReportServerCopy(user, reportId) : null;
  }
  const { values: _values, ...answer } = state;
  return NextResponse.json({ ...answer, conflict }, { headers: { "Cache-Control": "no-store" } });
}
