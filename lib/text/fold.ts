/**
 * Arabic folding for search, the one copy in JavaScript (client and server import it): drop
 * diacritics and tatweel, unify the hamza forms of alif (أ إ آ ٱ → ا), ى → ي, ة → ه, ؤ → و,
 * ئ → ي, lower-case Latin letters, collapse spaces. The `search_name` column of members is folded
 * by its SQL twin, `searchFold` in db/schema/people.ts; lib/text/fold.test.ts checks both agree.
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
