import type { Dictionary } from "@/lib/i18n/dictionary";
import { can, type Actor, type Permission } from "@/lib/permissions";

export interface NavItem {
  href: string;
  label: string;
  permission: Permission;
}

/** The navigation: each entry shows only to the roles the policy allows it. */
export function navItems(actor: Actor, t: Dictionary): NavItem[] {
  const items: NavItem[] = [
    { href: "/", label: t.nav.dashboard, permission: "dashboard.view" },
    { href: "/sessions", label: t.nav.sessions, permission: "session.read" },
    { href: "/assignments", label: t.nav.assignments, permission: "paper.write" },
    { href: "/calendar", label: t.nav.calendar, permission: "calendar.read" },
    { href: "/reports", label: t.nav.reports, permission: "report.read" },
    { href: "/rooting", label: t.nav.rooting, permission: "rooting.read" },
    { href: "/diplomacy", label: t.nav.diplomacy, permission: "diplomacy.read" },
    { href: "/territory", label: t.nav.territory, permission: "territory.read" },
    { href: "/members", label: t.nav.members, permission: "member.read" },
    { href: "/admin/users", label: t.nav.users, permission: "user.manage" },
    { href: "/admin/audit", label: t.nav.audit, permission: "audit.read" },
    { href: "/admin/locks", label: t.nav.signInLocks, permission: "user.manage" },
    { href: "/admin/outbox", label: t.nav.outbox, permission: "outbox.read" },
  ];
  return items.filter((item) => can(actor, item.permission));
}
