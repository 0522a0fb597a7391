import { NextResponse, type NextRequest } from "next/server";
import { getRouteUser } from "@/lib/auth/current-user";
import { isSearchPurpose, maySearchMembers, searchMembers } from "@/lib/members/search-queries";

const noStore = { "Cache-Control": "private, no-store" };

/**
 * The member picker's search: `?q=` the typed text, `?for=` what the member is chosen for
 * (session, paper, training, owner), which decides who may ask and whom they find. At most 20
 * active members of the viewer's territory; a malformed `q` finds nobody, an unknown `for` is a 400.
 */
export async function GET(request: NextRequest) {
  const user = await getRouteUser();
  if (!user) return NextResponse.json({ error: "signed out" }, { status: 401, headers: noStore });
  const params = request.nextUrl.searchParams;
  const purpose = params.get("for");
  if (!isSearchPurpose(purpose)) return NextResponse.json({ error: "bad purpose" }, { status: 400, headers: noStore });
  if (!maySearchMembers(user, purpose)) return NextResponse.json({ error: "forbidden" }, { status: 403, headers: noStore });
  const members = await searchMembers(user, params.get("q"), { purpose });
  return NextResponse.json({ members }, { headers: noStore });
}
