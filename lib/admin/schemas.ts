import type { Role } from "@/db/schema";
import { v, z } from "@/lib/validation";
import { userRoles } from "./values";

export { userRoles };

type MissingRole = Exclude<Role, (typeof userRoles)[number]>;
const everyRoleListed: MissingRole extends never ? true : never = true;
void everyRoleListed;

const role = () => z.enum(userRoles);

interface ScopeInput {
  role: Role;
  scopeRegionId: number | null;
  scopeProvinceId: number | null;
}

/** An officer is scoped to a region (and maybe one of its provinces); no one else has a scope. */
function checkScope(input: ScopeInput, ctx: z.RefinementCtx) {
  if (input.role === "officer") {
    if (!input.scopeRegionId) ctx.addIssue({ code: "custom", message: "scopeRequired", path: ["scopeRegionId"] });
  } else if (input.scopeRegionId || input.scopeProvinceId) {
    ctx.addIssue({ code: "custom", message: "scopeOnlyOfficer", path: ["scopeRegionId"] });
  }
}

export const createUserSchema = z
  .object({
    name: v.text(120),
    email: v.email().pipe(z.string().max(200)),
    role: role(),
    scopeRegionId: v.optionalId(),
    scopeProvinceId: v.optionalId(),
    memberNumber: v.optionalText(20),
    temporaryPassword: v.password(),
  })
  .superRefine(checkScope);

/** `version`: the user's version when the form loaded it (lib/concurrency.ts). */
export const changeRoleSchema = z
  .object({
    id: v.id(),
    version: v.id(),
    role: role(),
    scopeRegionId: v.optionalId(),
    scopeProvinceId: v.optionalId(),
  })
  .superRefine(checkScope);

export const resetPasswordSchema = z.object({
  id: v.id(),
  temporaryPassword: v.password(),
});

export const userIdSchema = z.object({ id: v.id() });

/** The first value of a query-string parameter. */
function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}
const optionalParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((x) => (first(x) === "" ? undefined : first(x)), schema.optional()).catch(undefined);

export const userFiltersSchema = z.object({
  q: v.searchParam(100),
  role: optionalParam(role()),
  region: v.idParam(),
  status: optionalParam(z.enum(["active", "inactive"])),
  after: v.cursorParam(),
  before: v.cursorParam(),
});
export type UserFilters = z.output<typeof userFiltersSchema>;

export const auditFiltersSchema = z.object({
  user: v.idParam(),
  who: v.searchParam(100),
  action: v.searchParam(100),
  entity: v.searchParam(60),
  entityId: v.searchParam(60),
  from: v.dateParam(),
  to: v.dateParam(),
  // keyset cursors (lib/pagination/cursor.ts), decoded by listAudit; anything else is dropped
  after: optionalParam(z.string().max(600).regex(/^[A-Za-z0-9_-]+$/)),
  before: optionalParam(z.string().max(600).regex(/^[A-Za-z0-9_-]+$/)),
});
export type AuditFilters = z.output<typeof auditFiltersSchema>;

/** Which hold of the sign-in throttle to lift (lib/admin/lock-queries.ts): the fields its kind names. */
export const clearSignInLockSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("pair"), email: z.string().min(1).max(254), ip: z.string().min(1).max(64) }),
  z.object({ kind: z.literal("address"), ip: z.string().min(1).max(64) }),
  z.object({ kind: z.literal("account"), email: z.string().min(1).max(254) }),
]);
