import "server-only";
import { asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { branches, members, provinces } from "@/db/schema";

/**
 * How many members, in the directory's order, a searched name is looked for among before its
 * matches are read through the trigram index and sorted instead. A name one member in forty
 * carries fills a page within it, wherever it falls; one that falls late in the order (a first name
 * beginning with م) or that few carry does not, and the walk stops there instead of passing over
 * the whole directory (334 ms at 300,000 members against a few for this window).
 */
export const NAME_WALK_WINDOW = 1000;

/** The order of the directory: the Arabic name, then the id (members_full_name_ar_id_index). */
export const nameOrder = (backwards: boolean) => (backwards ? [desc(members.fullNameAr), desc(members.id)] : [asc(members.fullNameAr), asc(members.id)]);

/**
 * The first `limit` members in the directory's order (backwards: the last) that `where` keeps (a
 * condition on `members`, `branches` and `provinces`, the cursor's key included) whose folded name
 * is `like` the pattern, when they all lie among the first NAME_WALK_WINDOW members `where` keeps: their ids
 * in order, read by walking the name index that far and no further. Null when fewer are there:
 * the caller reads the matches through the trigram index and sorts them, which gives the same rows
 * in the same order (the window holds every match up to the last one it found).
 */
export async function firstMatchesByName(where: SQL | undefined, like: string, limit: number, backwards = false, window = NAME_WALK_WINDOW): Promise<number[] | null> {
  const walked = db
    .select({ id: members.id, fullNameAr: members.fullNameAr, searchName: sql<string>`${members.searchName}`.as("walked_search_name") })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .innerJoin(provinces, eq(provinces.id, branches.provinceId))
    .where(where)
    .orderBy(...nameOrder(backwards))
    .limit(window)
    .as("walked");
  const rows = await db
    .select({ id: walked.id })
    .from(walked)
    .where(sql`${walked.searchName} like ${like}`)
    .orderBy(...(backwards ? [desc(walked.fullNameAr), desc(walked.id)] : [asc(walked.fullNameAr), asc(walked.id)]))
    .limit(limit);
  return rows.length === limit ? rows.map((r) => r.id) : null;
}
