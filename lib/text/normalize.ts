/**
 * Folds a search query the way the `search_name` column of members is folded in SQL
 * (db/schema/people.ts searchFold): drop diacritics and tatweel, unify hamza forms of alif,
 * ى→ي, ة→ه, ؤ→و, ئ→ي, lower-case. Keep both in step.
 */
const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;
const FOLD: Record<string, string> = { "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي" };

export function foldForSearch(text: string): string {
  return text
    .replace(DIACRITICS, "")
    .replace(/[أإآٱىةؤئ]/g, (ch) => FOLD[ch] ?? ch)
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Escapes LIKE wildcards so a user's % or _ is matched literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
