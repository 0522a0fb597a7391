import { count, eq } from "drizzle-orm";
import type { Database } from "../client";
import { branches, cells, organs, provinces, regions, type CellKind } from "../schema";
import territories from "./data/territories.json";
import { townsByProvince } from "./data/towns";
import { seededRandom } from "./random";

/** The 12 regions and 75 provinces (2015), by code and French name, inserted when missing. */
export async function seedTerritory(db: Database) {
  for (const r of territories.regions) {
    await db.insert(regions).values({ code: r.code, nameAr: r.name_ar, nameFr: r.name_fr }).onConflictDoNothing();
    const [region] = await db.select().from(regions).where(eq(regions.code, r.code));
    await db
      .insert(provinces)
      .values(r.provinces.map((p) => ({ regionId: region.id, nameAr: p.name_ar, nameFr: p.name_fr })))
      .onConflictDoNothing();
  }
}

const cellNames: { name: string; kind: CellKind }[] = [
  { name: "خلية الحي المحمدي", kind: "neighbourhood" },
  { name: "خلية الأحياء الشعبية", kind: "neighbourhood" },
  { name: "خلية قطاع التعليم", kind: "sector" },
  { name: "خلية الصحة", kind: "sector" },
  { name: "خلية الشباب", kind: "youth" },
  { name: "خلية النساء", kind: "women" },
  { name: "خلية الطلبة", kind: "students" },
  { name: "خلية المنطقة الصناعية", kind: "workplace" },
];

/** 3–8 branches in each province, one per real town, and a few cells; only where a province has none. */
export async function seedBranches(db: Database) {
  const [{ n }] = await db.select({ n: count() }).from(branches);
  if (n > 0) return;
  const rnd = seededRandom(2017);
  const allProvinces = await db.select().from(provinces).orderBy(provinces.id);
  for (const province of allProvinces) {
    const towns = townsByProvince[province.nameFr];
    if (!towns) throw new Error(`no towns for ${province.nameFr}`);
    const inserted = await db
      .insert(branches)
      .values(
        towns.map((town) => ({
          provinceId: province.id,
          nameAr: `فرع ${town.ar}`,
          nameFr: `Section de ${town.fr}`,
          town: town.ar,
          address: rnd.chance(0.5) ? `شارع ${rnd.pick(["محمد الخامس", "الحسن الثاني", "الجيش الملكي", "المسيرة", "الزرقطوني", "علال بن عبد الله"])}، ${town.ar}` : null,
        })),
      )
      .returning({ id: branches.id });
    const cellRows = inserted.flatMap((b) =>
      Array.from({ length: rnd.int(0, 2) }, (_, i) => {
        const c = cellNames[(b.id + i) % cellNames.length];
        return {
          branchId: b.id,
          name: c.name,
          kind: c.kind,
          foundedOn: `${rnd.int(2017, 2019)}-${String(rnd.int(1, 12)).padStart(2, "0")}-${String(rnd.int(1, 28)).padStart(2, "0")}`,
          membersCount: rnd.int(5, 30),
        };
      }),
    );
    if (cellRows.length) await db.insert(cells).values(cellRows);
  }
}

const nationalOrgans = [
  { code: "national_congress", kind: "national", nameAr: "المؤتمر الوطني", nameFr: "Congrès national" },
  { code: "central_committee", kind: "national", nameAr: "اللجنة المركزية", nameFr: "Comité central" },
  { code: "political_bureau", kind: "national", nameAr: "المكتب السياسي", nameFr: "Bureau politique" },
  { code: "secretary_general", kind: "national", nameAr: "الأمانة العامة", nameFr: "Secrétariat général" },
  { code: "youth", kind: "parallel_organization", nameAr: "الشبيبة الاشتراكية", nameFr: "Jeunesse socialiste" },
  { code: "women", kind: "parallel_organization", nameAr: "منتدى المناصفة والمساواة", nameFr: "Forum de la parité et de l'égalité" },
  { code: "sector_education", kind: "sector", nameAr: "قطاع التعليم", nameFr: "Secteur de l'enseignement" },
  { code: "sector_health", kind: "sector", nameAr: "قطاع الصحة", nameFr: "Secteur de la santé" },
  { code: "sector_lawyers", kind: "sector", nameAr: "قطاع المحامين", nameFr: "Secteur des avocats" },
] as const;

/**
 * The national organs, parallel organizations and sectors, a secretariat for each region and
 * province, and a bureau for each branch.
 */
export async function seedOrgans(db: Database) {
  await db
    .insert(organs)
    .values(nationalOrgans.map((o) => ({ ...o })))
    .onConflictDoNothing();
  const allRegions = await db.select().from(regions);
  await db
    .insert(organs)
    .values(
      allRegions.map((r) => ({
        code: `region_${r.code}`,
        kind: "regional_secretariat" as const,
        nameAr: `الكتابة الجهوية لجهة ${r.nameAr}`,
        nameFr: `Secrétariat régional ${r.nameFr}`,
        regionId: r.id,
      })),
    )
    .onConflictDoNothing();
  const allProvinces = await db.select().from(provinces);
  await db
    .insert(organs)
    .values(
      allProvinces.map((p) => ({
        code: `province_${p.id}`,
        kind: "provincial_secretariat" as const,
        nameAr: `الكتابة الإقليمية ${p.nameAr}`,
        nameFr: `Secrétariat provincial ${p.nameFr}`,
        regionId: p.regionId,
        provinceId: p.id,
      })),
    )
    .onConflictDoNothing();
  const allBranches = await db
    .select({ id: branches.id, nameAr: branches.nameAr, nameFr: branches.nameFr, provinceId: branches.provinceId, regionId: provinces.regionId })
    .from(branches)
    .innerJoin(provinces, eq(provinces.id, branches.provinceId));
  if (allBranches.length) {
    await db
      .insert(organs)
      .values(
        allBranches.map((b) => ({
          code: `branch_${b.id}`,
          kind: "branch_bureau" as const,
          nameAr: `مكتب ${b.nameAr}`,
          nameFr: b.nameFr ? `Bureau — ${b.nameFr}` : null,
          regionId: b.regionId,
          provinceId: b.provinceId,
          branchId: b.id,
        })),
      )
      .onConflictDoNothing();
  }
}
