import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, hasNationalScope } from "@/lib/permissions";
import { whatNow } from "./now-queries";
import { figuresByRegion, memberOverview, nationalOrganFigures, recentActivity, territoryFigures, userFigures } from "./queries";

/**
 * The home page for one user, decided by the policy: what waits on them now (whatNow), the territory's figures for those who follow
 * members (inside their scope), the national organs' for national roles, accounts and activity for
 * admins, and the user's own member card.
 */
export async function dashboardPage(user: CurrentUser) {
  const territorial = can(user, "member.read");
  const [now, figures, byRegion, organFigures, usersFig, activity, overview] = await Promise.all([
    whatNow(user),
    territorial ? territoryFigures(user) : null,
    territorial ? figuresByRegion(user) : null,
    hasNationalScope(user) ? nationalOrganFigures() : null,
    can(user, "user.manage") ? userFigures() : null,
    can(user, "audit.read") ? recentActivity() : null,
    user.memberId ? memberOverview(user.memberId) : null,
  ]);
  return {
    now,
    figures,
    byRegion,
    organFigures,
    usersFig,
    activity,
    overview,
    membersHref: can(user, "member.read") ? "/members" : undefined,
    /** A member account without a linked member sees why its card is missing. */
    noBranchLinked: !territorial && !overview,
  };
}
