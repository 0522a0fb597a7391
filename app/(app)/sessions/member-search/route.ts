import { NextResponse, type NextRequest } from "next/server";
import { getRouteUser } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions";
import { searchMembersForPicker } from "@/lib/sessions/workshop-queries";
import { searchText } from "@/lib/validation";

/** The member picker's search: at most 20 active members, Central Committee members first. */
export async function GET(request: NextRequest) {
  const user = await getRouteUser();
  if (!user) return NextResponse.json({ error: "signed out" }, { status: 401 });
  if (!can(user, "session.manage")) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const members = await searchMembersForPicker(user, searchText(request.nextUrl.searchParams.get("q"), 100));
  return NextResponse.json({ members }, { headers: { "Cache-Control": "private, no-store" } });
}
