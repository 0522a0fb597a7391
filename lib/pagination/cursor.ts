/*
 * Keyset pages (صفحات حسب المفتاح): a page is asked for by the sort key of the row it follows
 * (`?after=`) or precedes (`?before=`), never by an offset, so a page costs the same at the first
 * row and at the ten-thousandth, and a row added meanwhile shifts nothing. The key travels as an
 * opaque base64url text; anything that does not decode to the expected shape is no cursor at all.
 */

export type CursorKey = readonly (string | number)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** What one value of a key may be: "s" a text, "i" an integer id, "n" a bigint id, "d" a calendar day (YYYY-MM-DD). */
export type CursorKind = "s" | "i" | "n" | "d";

/** A real calendar day PostgreSQL accepts: 2033-02-30 or year 0 would fail the query's cast, so they are no key. */
function isDay(v: unknown): boolean {
  if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v) || v.startsWith("0000")) return false;
  const day = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === v;
}

/** The key in `text` when it decodes to values of these kinds, else null. */
export function decodeCursor(text: string | null | undefined, kinds: readonly CursorKind[]): (string | number)[] | null {
  if (!text || text.length > 600 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== kinds.length) return null;
  const ok = value.every((v, i) =>
    kinds[i] === "s"
      ? typeof v === "string" && v.length <= 300
      : kinds[i] === "d"
        ? isDay(v)
        : Number.isSafeInteger(v) && v >= 1 && (kinds[i] === "n" || v <= 2147483647),
  );
  return ok ? value : null;
}

/** Which way a page is read from its cursor. */
export type PageCursor<K> = { after: K } | { before: K } | null;

/**
 * The page's rows in display order and whether there are rows on either side, from rows read one
 * beyond the page size (ascending after a cursor or from the start, descending before one).
 */
export function keysetPage<T>(rows: T[], size: number, cursor: PageCursor<unknown>) {
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (cursor && "before" in cursor) return { rows: page.reverse(), hasPrevious: more, hasNext: true };
  return { rows: page, hasPrevious: cursor !== null, hasNext: more };
}
