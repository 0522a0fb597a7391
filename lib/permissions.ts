import { eq, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Role } from "@/db/schema";

/**
 * The one policy: which role may do what. Territorial roles are further limited to their scope
 * (inScope below); the server checks both for every read and write, whatever the UI shows.
 */
export const policy = {
  "dashboard.view": ["admin", "bureau", "officer", "member"],
  "account.changePassword": ["admin", "bureau", "officer", "member"],
  "account.sessions": ["admin", "bureau", "officer", "member"],
  "territory.read": ["admin", "bureau", "officer", "member"],
  "territory.manage": ["admin", "bureau", "officer"],
  "member.read": ["admin", "bureau", "officer"],
  "member.manage": ["admin", "bureau", "officer"],
  "session.read": ["admin", "bureau", "officer", "member"],
  "session.manage": ["admin", "bureau"],
  // answering an invitation to a session is also limited to the invitee: checked on the record
  "invitation.answer": ["admin", "bureau", "officer", "member"],
  // writing a paper is also limited to its assignees, and recording recommendations to the
  // workshop's rapporteur (or the Bureau): those are checked on the record
  "paper.write": ["admin", "bureau", "officer", "member"],
  "paper.review": ["admin", "bureau"],
  "outcome.record": ["admin", "bureau", "officer", "member"],
  "calendar.read": ["admin", "bureau", "officer", "member"],
  // evaluation campaigns and branch reports: officers file within their scope, the Bureau reviews
  "campaign.manage": ["admin", "bureau"],
  "report.read": ["admin", "bureau", "officer"],
  "report.file": ["admin", "bureau", "officer"],
  "report.review": ["admin", "bureau"],
  "synthesis.manage": ["admin", "bureau"],
  "notification.read": ["admin", "bureau", "officer", "member"],
  "notification.preferences": ["admin", "bureau", "officer", "member"],
  "outbox.read": ["admin"],
  // sending a failed email again
  "outbox.manage": ["admin"],
  // the تجذر plan: the Bureau plans and records everywhere, officers record within their scope
  "rooting.read": ["admin", "bureau", "officer", "member"],
  "rooting.plan": ["admin", "bureau"],
  "rooting.record": ["admin", "bureau", "officer"],
  // party diplomacy: the Bureau and admins only
  "diplomacy.read": ["admin", "bureau"],
  "diplomacy.manage": ["admin", "bureau"],
  "user.manage": ["admin"],
  "audit.read": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof policy;

/** What the policy needs to know of a user. */
export interface Actor {
  id: number;
  role: Role;
  scopeRegionId: number | null;
  scopeProvinceId: number | null;
}

/** Where a record sits: its region and, below the region, its province. */
export interface TerritoryRef {
  regionId: number;
  provinceId?: number | null;
}

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  return !!actor && (policy[permission] as readonly Role[]).includes(actor.role);
}

/** National roles see the whole country; an officer only their region or province. */
export function hasNationalScope(actor: Actor): boolean {
  return actor.role === "admin" || actor.role === "bureau";
}

/** Sessions are seen by members once convened (published); the Bureau and admins see drafts too. */
export function canSeeSessionStatus(actor: Actor, status: "draft" | "convened" | "held" | "closed"): boolean {
  return status !== "draft" || can(actor, "session.manage");
}

/** Whether a record's territory lies inside the actor's scope (region ⊃ province ⊃ branch ⊃ cell). */
export function inScope(actor: Actor, ref: TerritoryRef): boolean {
  if (hasNationalScope(actor)) return true;
  if (actor.role !== "officer") return false;
  if (actor.scopeProvinceId) return ref.provinceId === actor.scopeProvinceId;
  if (actor.scopeRegionId) return ref.regionId === actor.scopeRegionId;
  return false;
}

/**
 * Whether a region lies inside the actor's scope widened to their region: a provincial officer
 * counts as their region's for what the policy shares region-wide (regional trainings covering
 * it, campaigns targeting it, the region's map).
 */
export function inRegionScope(actor: Actor, regionId: number): boolean {
  if (hasNationalScope(actor)) return true;
  return actor.role === "officer" && actor.scopeRegionId !== null && actor.scopeRegionId === regionId;
}

/** The columns (or expressions) of a query that say where its rows sit: the SQL form of a TerritoryRef. */
export interface TerritoryColumns {
  regionId: SQLWrapper;
  /** Omitted (or null) for records that sit at region level only: a provincial officer sees none. */
  provinceId?: SQLWrapper | null;
}

/**
 * The SQL twin of inScope: the condition that keeps a list's rows inside the actor's scope.
 * `undefined` for national scope (no condition), `false` for an actor without territory.
 * A row passes exactly when inScope(actor, { regionId, provinceId }) holds for its values
 * (tests/scope-agreement.test.ts holds the two together).
 */
export function scopeWhere(actor: Actor, columns: TerritoryColumns): SQL | undefined {
  if (hasNationalScope(actor)) return undefined;
  if (actor.role !== "officer") return sql`false`;
  if (actor.scopeProvinceId) return columns.provinceId ? eq(columns.provinceId, actor.scopeProvinceId) : sql`false`;
  if (actor.scopeRegionId) return eq(columns.regionId, actor.scopeRegionId);
  return sql`false`;
}

/** The SQL twin of inRegionScope: rows of the actor's region, whatever their province. */
export function regionScopeWhere(actor: Actor, regionId: SQLWrapper): SQL | undefined {
  if (hasNationalScope(actor)) return undefined;
  if (actor.role === "officer" && actor.scopeRegionId) return eq(regionId, actor.scopeRegionId);
  return sql`false`;
}

/** An actor may act on a record when the role allows it and the record lies in scope. */
export function canOn(actor: Actor | null | undefined, permission: Permission, ref: TerritoryRef): boolean {
  return can(actor, permission) && inScope(actor!, ref);
}
