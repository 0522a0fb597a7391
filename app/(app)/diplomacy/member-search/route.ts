import { NextResponse, type NextRequest } from "next/server";
import { getRouteUser } from "@/lib/auth/current-user";
import { searchOwners } from "@/lib/diplomacy/queries";
import { can } from "@/lib/permissions";
import { searchText } from "@/lib/validation";

/** The follow-up owner picker's search: at most 20 active members, for those who manage diplomacy. */
export async function GET(request: NextRequest) {
  const user = await getRouteUser();
  if (!user) return NextResponse.json({ error: "signed out" }, { status: 401 });
  if (!can(user, "diplomacy.manage")) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const members = await searchOwners(user, searchText(request.nextUrl.searchParams.get("q"), 100));
  return NextResponse.json({ members }, { headers: { "Cache-Control": "private, no-store" } });
}
