import { and, count, eq, inArray, sql } from "drizzle-orm";
import { hash } from "@node-rs/argon2";
import type { Database } from "../client";
import { branches, members, organMemberships, organs, provinces, regions, settings, users, type Role } from "../schema";
import { familyNames, femaleFirstNames, maleFirstNames } from "./data/names";
import { seededRandom } from "./random";

export const MEMBER_COUNT = 420;

/** Invented members spread over the branches; Central Committee and Political Bureau among them. */
export async function seedMembers(db: Database) {
  const [{ n }] = await db.select({ n: count() }).from(members);
  if (n > 0) return;
  const rnd = seededRandom(1943);
  const allBranches = await db.select({ id: branches.id }).from(branches).orderBy(branches.id);
  const rows = Array.from({ length: MEMBER_COUNT }, (_, i) => {
    const female = rnd.chance(0.38);
    const first = rnd.pick(female ? femaleFirstNames : maleFirstNames);
    const family = rnd.pick(familyNames);
    const year = rnd.int(1990, 2024);
    return {
      fullNameAr: `${first.ar} ${family.ar}`,
      fullNameLatin: `${first.fr} ${family.fr}`,
      memberNumber: String(100001 + i),
      gender: female ? ("f" as const) : ("m" as const),
      phone: `06${String(rnd.int(10_000_000, 99_999_999))}`,
      email: rnd.chance(0.6) ? `${first.fr}.${family.fr}.${i}@example.org`.toLowerCase().replace(/[^a-z0-9.@]/g, "") : null,
      branchId: rnd.pick(allBranches).id,
      status: rnd.chance(0.92) ? ("active" as const) : rnd.pick(["suspended", "resigned"] as const),
      joinedOn: `${year}-${String(rnd.int(1, 12)).padStart(2, "0")}-${String(rnd.int(1, 28)).padStart(2, "0")}`,
    };
  });
  const inserted = await db.insert(members).values(rows).returning({ id: members.id, status: members.status });

  const [cc] = await db.select().from(organs).where(eq(organs.code, "central_committee"));
  const [pb] = await db.select().from(organs).where(eq(organs.code, "political_bureau"));
  const active = inserted.filter((m) => m.status === "active");
  const ccMembers = active.filter((_, i) => i % 4 === 0); // about a quarter of the active members
  await db.insert(organMemberships).values(ccMembers.map((m) => ({ organId: cc.id, memberId: m.id, position: "member", fromDate: "2014-05-30" })));
  const pbMembers = ccMembers.filter((_, i) => i % 5 === 0);
  await db
    .insert(organMemberships)
    .values(pbMembers.map((m, i) => ({ organId: pb.id, memberId: m.id, position: i === 0 ? "secretary_general" : "member", fromDate: "2014-05-30" })));
}

export const demoAccounts: {
  email: string;
  password: string;
  role: Role;
  name: string;
  scope?: { regionFr: string; provinceFr?: string };
  organ?: "political_bureau" | "central_committee";
}[] = [
  { email: "admin@example.org", password: "Admin-2026-demo", role: "admin", name: "مدير النظام" },
  { email: "bureau@example.org", password: "Bureau-2026-demo", role: "bureau", name: "", organ: "political_bureau" },
  { email: "officer.fes@example.org", password: "Officer-2026-demo", role: "officer", name: "", scope: { regionFr: "Fès-Meknès" } },
  { email: "officer.souss@example.org", password: "Officer-2026-demo", role: "officer", name: "", scope: { regionFr: "Souss-Massa" } },
  {
    email: "officer.sefrou@example.org",
    password: "Officer-2026-demo",
    role: "officer",
    name: "",
    scope: { regionFr: "Fès-Meknès", provinceFr: "Sefrou" },
  },
  { email: "member@example.org", password: "Member-2026-demo", role: "member", name: "", organ: "central_committee" },
];

/** One account per role (and officers in two regions and one province), created when missing. */
export async function seedUsers(db: Database) {
  const taken = new Set<number>();
  for (const account of demoAccounts) {
    const [existing] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, account.email));
    if (existing) continue;
    let scopeRegionId: number | null = null;
    let scopeProvinceId: number | null = null;
    if (account.scope) {
      const [region] = await db.select().from(regions).where(eq(regions.nameFr, account.scope.regionFr));
      scopeRegionId = region.id;
      if (account.scope.provinceFr) {
        const [province] = await db
          .select()
          .from(provinces)
          .where(and(eq(provinces.nameFr, account.scope.provinceFr), eq(provinces.regionId, region.id)));
        scopeProvinceId = province.id;
      }
    }
    // link the account to a member who fits it: of the organ, or living in the officer's territory
    const candidates = await db
      .select({ id: members.id, name: members.fullNameAr })
      .from(members)
      .innerJoin(branches, eq(branches.id, members.branchId))
      .innerJoin(provinces, eq(provinces.id, branches.provinceId))
      .leftJoin(organMemberships, eq(organMemberships.memberId, members.id))
      .leftJoin(organs, eq(organs.id, organMemberships.organId))
      .where(
        and(
          eq(members.status, "active"),
          account.organ ? eq(organs.code, account.organ) : undefined,
          scopeProvinceId ? eq(provinces.id, scopeProvinceId) : scopeRegionId ? eq(provinces.regionId, scopeRegionId) : undefined,
        ),
      )
      .orderBy(members.id)
      .limit(20);
    const member = account.role === "admin" ? undefined : candidates.find((c) => !taken.has(c.id));
    if (member) taken.add(member.id);
    await db.insert(users).values({
      email: account.email,
      name: member?.name ?? account.name,
      passwordHash: await hash(account.password),
      role: account.role,
      scopeRegionId,
      scopeProvinceId,
      memberId: member?.id ?? null,
    });
  }
}

export async function seedSettings(db: Database) {
  await db
    .insert(settings)
    .values({
      key: "party",
      value: { nameAr: "حزب التقدم والاشتراكية", nameFr: "Parti du Progrès et du Socialisme", shortAr: "التقدم والاشتراكية", shortFr: "PPS" },
    })
    .onConflictDoNothing();
}

export async function memberIdsOf(db: Database, organCode: string): Promise<number[]> {
  const rows = await db
    .select({ id: organMemberships.memberId })
    .from(organMemberships)
    .innerJoin(organs, eq(organs.id, organMemberships.organId))
    .where(inArray(organs.code, [organCode]));
  return rows.map((r) => r.id);
}
