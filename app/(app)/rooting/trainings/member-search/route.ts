import { NextResponse, type NextRequest } from "next/server";
import { getRouteUser } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions";
import { searchMembersForTraining } from "@/lib/rooting/member-search";
import { searchText } from "@/lib/validation";

/** The training picker's search: at most 20 active members, for those who record trainings. */
export async function GET(request: NextRequest) {
  const user = await getRouteUser();
  if (!user) return NextResponse.json({ error: "signed out" }, { status: 401 });
  if (!can(user, "rooting.record")) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const members = await searchMembersForTraining(user, searchText(request.nextUrl.searchParams.get("q"), 100));
  return NextResponse.json({ members }, { headers: { "Cache-Control": "private, no-store" } });
}
