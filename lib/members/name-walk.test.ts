import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { branches, members, provinces } from "@/db/schema";
import { foldForSearch } from "@/lib/text/fold";
import { demo, signInAs } from "@/tests/helpers";
import { firstMatchesByName, NAME_WALK_WINDOW } from "./name-walk";
import { listMembers, MEMBERS_COUNT_BOUND, MEMBERS_PAGE_SIZE, type MemberKey, type MemberListFilters } from "./queries";
import { searchMembers } from "./search-queries";

/*
 * A searched name is read by walking the directory's first members (a common name), or through the
 * trigram index and sorted (a rare one, or a common one that falls late in the order): the same
 * members in the same order either way, whichever the term and the direction.
 */

// more filler members than the walk's window, all before the late name in the directory's order
const FILLERS = NAME_WALK_WINDOW + 100;
const LATE = MEMBERS_COUNT_BOUND + 100;

beforeAll(async () => {
  const [branch] = await db.select({ id: branches.id }).from(branches).innerJoin(provinces, eq(provinces.id, branches.provinceId)).where(eq(provinces.nameFr, "Sefrou")).limit(1);
  // آ sorts before every other Arabic letter, ي after them
  await db.execute(sql`insert into members (full_name_ar, member_number, branch_id, status)
    select 'آدم الحسني ' || g, 'T-WALK-A-' || g, ${branch.id}, case when g % 7 = 0 then 'suspended' else 'active' end
    from generate_series(1, ${FILLERS}) g`);
  await db.execute(sql`insert into members (full_name_ar, member_number, branch_id, status)
    select 'يونس الكرامي ' || (g % 40), 'T-WALK-Y-' || g, ${branch.id}, case when g % 5 = 0 then 'suspended' else 'active' end
    from generate_series(1, ${LATE}) g`);
  await db.execute(sql`insert into members (full_name_ar, member_number, branch_id) values
    ('هشام الزرهوني', 'T-WALK-R-1', ${branch.id}), ('حفصة الزرهوني', 'T-WALK-R-2', ${branch.id}), ('أنس الزرهوني', 'T-WALK-R-3', ${branch.id})`);
}, 120_000);

afterAll(async () => {
  await db.delete(members).where(sql`${members.memberNumber} like 'T-WALK-%'`);
});

/** Every match of a term in the directory's order, counted and sorted by the database itself. */
async function reference(term: string, activeOnly = false): Promise<number[]> {
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(and(sql`${members.searchName} like ${`%${foldForSearch(term)}%`}`, activeOnly ? eq(members.status, "active") : undefined))
    .orderBy(members.fullNameAr, members.id);
  return rows.map((r) => r.id);
}

const keyOf = (row: { fullNameAr: string; id: number }): MemberKey => ({ name: row.fullNameAr, id: row.id });

// a common name early in the order, a common name late in it, a rare one, a short one
const terms = ["آدم الحسني", "الكرامي", "الزرهوني", "ال"];

describe("the name walk", () => {
  it("finds a page of a term only when the window holds one, and then the first matches in order, both ways", async () => {
    const like = (term: string) => `%${foldForSearch(term)}%`;
    const early = await reference("آدم الحسني");
    expect(await firstMatchesByName(undefined, like("آدم الحسني"), 26)).toEqual(early.slice(0, 26));
    // late in the order: the window ends before the first match
    expect(await firstMatchesByName(undefined, like("الكرامي"), 26)).toBeNull();
    expect(await firstMatchesByName(undefined, like("الزرهوني"), 26)).toBeNull();
    // backwards from the end, the late name is first
    const late = await reference("الكرامي");
    expect(await firstMatchesByName(undefined, like("الكرامي"), 26, true)).toEqual(late.slice(-26).reverse());
    // a window too small for a page answers nothing rather than a short page
    expect(await firstMatchesByName(undefined, like("آدم الحسني"), 26, false, 10)).toBeNull();
  });
});

describe("listMembers and searchMembers on every path", () => {
  it.each(terms)("gives every match of %s once, in the directory's order, page by page forwards and back", async (term) => {
    const bureau = (await signInAs(demo.bureau))!;
    const expected = await reference(term);
    const filters: MemberListFilters = { q: term };
    const first = await listMembers(bureau, filters);
    expect(first.total).toEqual(expected.length > MEMBERS_COUNT_BOUND ? { count: MEMBERS_COUNT_BOUND, atLeast: true } : { count: expected.length, atLeast: false });
    expect(first.rows.map((r) => r.id)).toEqual(expected.slice(0, MEMBERS_PAGE_SIZE));
    // a page deep in the list, its next one, and back
    const at = Math.min(expected.length - 1, 1500);
    const [row] = await db.select().from(members).where(eq(members.id, expected[at]));
    const next = await listMembers(bureau, { ...filters, cursor: { after: keyOf(row) } });
    expect(next.rows.map((r) => r.id)).toEqual(expected.slice(at + 1, at + 1 + MEMBERS_PAGE_SIZE));
    const back = await listMembers(bureau, { ...filters, cursor: { before: keyOf(row) } });
    expect(back.rows.map((r) => r.id)).toEqual(expected.slice(Math.max(0, at - MEMBERS_PAGE_SIZE), at));
  });

  it.each(terms)("finds the first active members carrying %s for a paper, as the directory orders them", async (term) => {
    await signInAs(demo.bureau);
    const bureau = (await signInAs(demo.bureau))!;
    const found = await searchMembers(bureau, term, { purpose: "paper" });
    expect(found.map((m) => m.id)).toEqual((await reference(term, true)).slice(0, 20));
  });
});
