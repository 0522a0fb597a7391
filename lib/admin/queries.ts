import "server-only";
import { and, asc, count, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { auditLog, members, provinces, regions, searchFold, users } from "@/db/schema";
import { can, type Actor } from "@/lib/permissions";
import { foldForSearch } from "@/lib/text/fold";
import { escapeLike } from "@/lib/text/normalize";
import { decodeCursor, encodeCursor, keysetPage, type PageCursor } from "@/lib/pagination/cursor";
import { boundedTotal, keysetClauses, keysetCursorFrom, keysetResult, LIST_COUNT_BOUND, type BoundedTotal, type KeysetOrder, type KeysetResult } from "@/lib/pagination/keyset";
import type { AuditFilters, UserFilters } from "./schemas";

export const USERS_PER_PAGE = 25;
export const AUDIT_PER_PAGE = 50;
/** Above this many entries a filtered log says "more than" instead of counting them all. */
export const AUDIT_COUNT_BOUND = 1000;
const TIME_ZONE = "Africa/Casablanca";

/** A page of a list read by keyset, with its total counted up to LIST_COUNT_BOUND. */
export interface Page<Row> extends KeysetResult<Row> {
  total: BoundedTotal;
}

function emptyPage<Row>(): Page<Row> {
  return { rows: [], total: { count: 0, atLeast: false }, hasPrevious: false, hasNext: false, previousCursor: null, nextCursor: null };
}

/** Accounts by name, then id (users_name_id_index). */
const usersOrder: KeysetOrder = {
  parts: [
    { column: users.name, kind: "s" },
    { column: users.id, kind: "i" },
  ],
  direction: "asc",
};

/** A name or an email containing the search text (Arabic folded the same way as member names). */
function userMatches(q: string): SQL | undefined {
  const folded = foldForSearch(q);
  if (!folded) return undefined;
  const pattern = `%${escapeLike(folded)}%`;
  return or(sql`${searchFold(sql`${users.name}`)} like ${pattern}`, ilike(users.email, `%${escapeLike(q.trim())}%`));
}

export async function listUsers(viewer: Actor, filters: UserFilters): Promise<Page<UserListRow>> {
  if (!can(viewer, "user.manage")) return emptyPage();
  const where = and(
    filters.q ? userMatches(filters.q) : undefined,
    filters.role ? eq(users.role, filters.role) : undefined,
    filters.region ? eq(users.scopeRegionId, filters.region) : undefined,
    filters.status ? eq(users.active, filters.status === "active") : undefined,
  );
  const cursor = keysetCursorFrom(usersOrder, filters.after, filters.before);
  const keyed = keysetClauses(usersOrder, cursor);
  const [total, read] = await Promise.all([
    boundedTotal(db.select({ one: sql`1` }).from(users).where(where).limit(LIST_COUNT_BOUND + 1).as("bounded")),
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        active: users.active,
        lastSignInAt: users.lastSignInAt,
        regionNameAr: regions.nameAr,
        regionNameFr: regions.nameFr,
        provinceNameAr: provinces.nameAr,
        provinceNameFr: provinces.nameFr,
      })
      .from(users)
      .leftJoin(regions, eq(regions.id, users.scopeRegionId))
      .leftJoin(provinces, eq(provinces.id, users.scopeProvinceId))
      .where(and(where, keyed.where))
      .orderBy(...keyed.orderBy)
      .limit(USERS_PER_PAGE + 1),
  ]);
  return { ...keysetResult(read, USERS_PER_PAGE, cursor, (r) => [r.name, r.id]), total };
}
export type UserListRow = {
  id: number;
  name: string;
  email: string;
  role: Actor["role"];
  active: boolean;
  lastSignInAt: Date | null;
  regionNameAr: string | null;
  regionNameFr: string | null;
  provinceNameAr: string | null;
  provinceNameFr: string | null;
};

export async function getUser(viewer: Actor, id: number) {
  if (!can(viewer, "user.manage")) return null;
  const [row] = await db
    .select({
      id: users.id,
      version: users.version,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      scopeRegionId: users.scopeRegionId,
      scopeProvinceId: users.scopeProvinceId,
      lastSignInAt: users.lastSignInAt,
      createdAt: users.createdAt,
      regionNameAr: regions.nameAr,
      regionNameFr: regions.nameFr,
      provinceNameAr: provinces.nameAr,
      provinceNameFr: provinces.nameFr,
      memberId: members.id,
      memberNumber: members.memberNumber,
      memberNameAr: members.fullNameAr,
      memberNameLatin: members.fullNameLatin,
    })
    .from(users)
    .leftJoin(regions, eq(regions.id, users.scopeRegionId))
    .leftJoin(provinces, eq(provinces.id, users.scopeProvinceId))
    .leftJoin(members, eq(members.id, users.memberId))
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}
export type UserDetails = NonNullable<Awaited<ReturnType<typeof getUser>>>;

/** The regions and their provinces, for the scope selects (12 and 75 rows). */
export async function scopeOptions(viewer: Actor) {
  if (!can(viewer, "user.manage")) return { regions: [], provinces: [] };
  const [regionRows, provinceRows] = await Promise.all([
    db.select({ id: regions.id, nameAr: regions.nameAr, nameFr: regions.nameFr }).from(regions).orderBy(regions.id),
    db
      .select({ id: provinces.id, regionId: provinces.regionId, nameAr: provinces.nameAr, nameFr: provinces.nameFr })
      .from(provinces)
      .orderBy(provinces.regionId, provinces.nameAr),
  ]);
  return { regions: regionRows, provinces: provinceRows };
}

/** The start of a Moroccan calendar day as an instant: 2017-01-07 → 2017-01-07T00:00 Africa/Casablanca. */
function startOfMoroccanDay(day: string, plusDays = 0): SQL {
  return sql`((${day}::date + ${plusDays}::int)::timestamp at time zone ${TIME_ZONE})`;
}

/** An action code, or a prefix: "user" and "user." both take user.create, user.role.change… */
function actionMatches(action: string): SQL {
  const prefix = action.endsWith(".") ? action : `${action}.`;
  const like = sql`${auditLog.action} like ${`${escapeLike(prefix)}%`}`;
  return action.endsWith(".") ? like : or(eq(auditLog.action, action), like)!;
}

/** An entry's place in the log's order: its instant in whole microseconds since 1970 (exact, unlike a JS Date), then its id. */
type AuditKey = { micros: number; id: number };

const auditMicros = sql<number>`(extract(epoch from ${auditLog.at}) * 1000000)::bigint`.mapWith(Number);
const auditCursor = (row: { micros: number; id: number }) => encodeCursor([row.micros, row.id]);

function auditKeyFrom(text: string | undefined): AuditKey | null {
  const key = decodeCursor(text, ["n", "n"]);
  return key ? { micros: key[0] as number, id: key[1] as number } : null;
}

export interface AuditPage {
  rows: AuditRow[];
  /** Counted up to AUDIT_COUNT_BOUND; `atLeast` when there are more. */
  total: { count: number; atLeast: boolean };
  hasPrevious: boolean;
  hasNext: boolean;
  previousCursor: string | null;
  nextCursor: string | null;
}

/**
 * One page of the audit log, newest first, by keyset on (at, id) over audit_log_at_id_index:
 * never an offset, and the total counted only up to AUDIT_COUNT_BOUND, so a page costs the same
 * however long the log has grown.
 */
export async function listAudit(viewer: Actor, filters: AuditFilters): Promise<AuditPage> {
  const empty: AuditPage = { rows: [], total: { count: 0, atLeast: false }, hasPrevious: false, hasNext: false, previousCursor: null, nextCursor: null };
  if (!can(viewer, "audit.read")) return empty;
  const after = auditKeyFrom(filters.after);
  const before = after ? null : auditKeyFrom(filters.before);
  const cursor: PageCursor<AuditKey> = after ? { after } : before ? { before } : null;
  const who = filters.who ? userMatches(filters.who) : undefined;
  const where = and(
    filters.user ? eq(auditLog.userId, filters.user) : undefined,
    who ? inArray(auditLog.userId, db.select({ id: users.id }).from(users).where(who)) : undefined,
    filters.action ? actionMatches(filters.action) : undefined,
    filters.entity ? eq(auditLog.entity, filters.entity) : undefined,
    filters.entityId ? eq(auditLog.entityId, filters.entityId) : undefined,
    filters.from ? gte(auditLog.at, startOfMoroccanDay(filters.from)) : undefined,
    filters.to ? lt(auditLog.at, startOfMoroccanDay(filters.to, 1)) : undefined,
  );
  // newest first: "after" a row is older than it, "before" newer
  const key = after ?? before;
  const instant = key ? sql`(timestamptz 'epoch' + ${key.micros}::bigint * interval '1 microsecond')` : undefined;
  const keyed = key ? sql`(${auditLog.at}, ${auditLog.id}) ${sql.raw(after ? "<" : ">")} (${instant}, ${key.id}::bigint)` : undefined;
  const bounded = db.select({ one: sql`1` }).from(auditLog).where(where).limit(AUDIT_COUNT_BOUND + 1).as("bounded");
  const [[{ n }], read] = await Promise.all([
    db.select({ n: count() }).from(bounded),
    db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        micros: auditMicros,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        summary: auditLog.summary,
        userId: auditLog.userId,
        userName: users.name,
        userEmail: users.email,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .where(and(where, keyed))
      .orderBy(...(before ? [asc(auditLog.at), asc(auditLog.id)] : [desc(auditLog.at), desc(auditLog.id)]))
      .limit(AUDIT_PER_PAGE + 1),
  ]);
  const page = keysetPage(read, AUDIT_PER_PAGE, cursor);
  return {
    rows: page.rows.map(({ micros: _micros, ...row }) => row),
    total: n > AUDIT_COUNT_BOUND ? { count: AUDIT_COUNT_BOUND, atLeast: true } : { count: n, atLeast: false },
    hasPrevious: page.hasPrevious || (page.rows.length === 0 && cursor !== null),
    hasNext: page.hasNext && page.rows.length > 0,
    previousCursor: page.rows.length ? auditCursor(page.rows[0]) : null,
    nextCursor: page.rows.length ? auditCursor(page.rows[page.rows.length - 1]) : null,
  };
}
export type AuditRow = {
  id: number;
  at: Date;
  action: string;
  entity: string;
  entityId: string | null;
  summary: string;
  userId: number | null;
  userName: string | null;
  userEmail: string | null;
};

/** The name of the user an audit filter names, for the page's heading. */
export async function userName(viewer: Actor, id: number): Promise<string | null> {
  if (!can(viewer, "audit.read")) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id)).limit(1);
  return row?.name ?? null;
}
