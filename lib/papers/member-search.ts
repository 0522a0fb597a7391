"use server";

import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions";
import { searchActiveMembers, type MemberChoice } from "./queries";

/** The assignee picker's search: only for those who may name assignees. */
export async function findAssignableMembers(q: string): Promise<MemberChoice[]> {
  const user = await getCurrentUser();
  // a temporary password opens nothing but its own change
  if (!can(user, "session.manage") || user?.mustChangePassword || typeof q !== "string") return [];
  return searchActiveMembers(q.slice(0, 100));
}
