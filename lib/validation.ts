import * as z from "./zod";
import type { Dictionary } from "./i18n/dictionary";
import type { Locale } from "./i18n/config";
import { formatMessage, type PluralMessage } from "./i18n/intl";

/**
 * Zod speaks in keys of the `errors` dictionary ("required", "tooLong|max=200"), so the same schema
 * gives Arabic or French messages on the server and in the browser. Imported by every schemas.ts.
 */
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        if (issue.input === undefined || issue.input === null || issue.input === "") return "required";
        return issue.expected === "number" || issue.expected === "int" ? "number" : "invalid";
      case "too_small":
        if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "required" : `tooShort|count=${issue.minimum}`;
        if (issue.origin === "array" || issue.origin === "set") return "required";
        return `tooSmall|min=${issue.minimum}`;
      case "too_big":
        return issue.origin === "string" ? `tooLong|count=${issue.maximum}` : `tooBig|max=${issue.maximum}`;
      case "invalid_format":
        return issue.format === "email" ? "email" : issue.format === "date" ? "date" : "invalid";
      case "invalid_value":
        return "choice";
      default:
        return undefined;
    }
  },
});

/**
 * Turns an error key from a schema ("tooLong|count=200") into the viewer's sentence; anything else
 * is shown as it is. A `count` parameter picks the plural form («200 حرف», «3 أحرف»).
 */
export function translateError(message: string, errors: Dictionary["errors"], locale: Locale): string {
  const [key, ...params] = message.split("|");
  const template: string | PluralMessage | undefined = (errors as Record<string, string | PluralMessage>)[key];
  if (!template) return message;
  const { count, ...values } = Object.fromEntries(params.map((p) => p.split("=") as [string, string]));
  return formatMessage(template, count === undefined ? values : { ...values, count: Number(count) }, locale);
}

/** The largest id a PostgreSQL `integer` column holds: any larger one cannot name a record. */
export const MAX_ID = 2_147_483_647;

// What a person cannot see at either end of a name: whitespace (NBSP, ideographic space, BOM…) and
// the zero-width characters, soft hyphen and blank fillers that a paste brings along. Inside a name
// they stay (ZWNJ/ZWJ shape Persian and Urdu words); at its edges they are trimmed like spaces.
const INVISIBLE = "\\s\\u00AD\\u034F\\u115F\\u1160\\u180E\\u200B-\\u200F\\u2060-\\u2064\\u2800\\u3164\\uFEFF\\uFFA0";
const INVISIBLE_EDGES = new RegExp(`^[${INVISIBLE}]+|[${INVISIBLE}]+$`, "g");

/** Trims spaces and invisible characters at both ends: "\u200B \u00A0" is empty. */
export function trimText(text: string): string {
  return text.replace(INVISIBLE_EDGES, "");
}

const blankToUndefined = (v: unknown) => (typeof v === "string" && trimText(v) === "" ? undefined : v);

/**
 * An id as a form or a URL carries it: the digits of an integer 1..MAX_ID, or such a number.
 * Nothing else ("1e3", " 1", "1.5", "-1", "0x10", 2147483648) names a record: null.
 */
export function toId(value: unknown): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" && /^[0-9]{1,10}$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= MAX_ID ? n : null;
}

/** A whole number written plainly ("12", 12): anything else is NaN, which the number schema refuses. */
const toInteger = (v: unknown) => {
  const blank = blankToUndefined(v);
  if (typeof blank === "string") return /^[+-]?[0-9]{1,16}$/.test(blank.trim()) ? Number(blank.trim()) : NaN;
  return blank === null ? undefined : blank;
};

const present = (x: unknown) => x !== undefined && x !== null && x !== "";

/** A date's year must fall in 1900–2100: year 1 or 99999 is a typo, and the database refuses some. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const dateInRange = (s: string) => {
  // a string that is no date at all is refused by the format check alone
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return true;
  const year = Number(s.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
};

/** The first value of a query-string parameter (`?a=1&a=2` gives ["1", "2"]). */
export function firstParam(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** A keyset cursor's text from a query string (`?after=`): its first value when short enough; the list decodes it, or reads its first page. */
export function cursorText(value: unknown): string | undefined {
  const text = firstParam(value);
  // a cursor is base64url (lib/pagination/cursor.ts): anything else is no cursor at all
  return typeof text === "string" && text.length <= 600 && /^[A-Za-z0-9_-]+$/.test(text) ? text : undefined;
}

// control characters and bidi overrides, as lib/action.ts refuses them in a form; a query string
// is not refused but cleaned, since PostgreSQL rejects a NUL in text outright (22021)
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** A search typed in a query string: its first value, unprintable characters removed, trimmed, at most `max` characters. */
export function searchText(value: unknown, max = 100): string {
  const text = firstParam(value);
  return typeof text === "string" ? trimText(text.replace(UNPRINTABLE, "").slice(0, max * 4)).slice(0, max) : "";
}

const idRule = () =>
  z.custom<string | number>(present, { error: "required" }).transform((value, ctx) => {
    const id = toId(value);
    if (id === null) {
      ctx.addIssue({ code: "custom", message: "idInvalid", input: value });
      return z.NEVER;
    }
    return id;
  });

const dateRule = () => z.iso.date().refine(dateInRange, "dateRange");

export const v = {
  /** A required text: spaces and invisible characters at its ends do not count. */
  text: (max = 200) => z.string().overwrite(trimText).min(1).max(max),
  optionalText: (max = 2000) =>
    z.preprocess(blankToUndefined, z.string().overwrite(trimText).max(max).optional()).transform((s) => s ?? null),
  email: () => z.string().trim().toLowerCase().max(320).pipe(z.email()),
  optionalEmail: () =>
    z.preprocess(blankToUndefined, z.string().trim().toLowerCase().max(320).pipe(z.email()).optional()).transform((s) => s ?? null),
  phone: () =>
    z
      .preprocess(blankToUndefined, z.string().trim().regex(/^\+?[0-9 ()-]{6,20}$/, "phone").optional())
      .transform((s) => s ?? null),
  /** A record's id (see toId): a missing one is "required", a malformed one a field error, never a database error. */
  id: idRule,
  optionalId: () => z.preprocess(blankToUndefined, idRule().optional()).transform((n) => n ?? null),
  /** Several ids from checkboxes (`regionIds[]`), each once, at most `max`. */
  ids: (max: number, min = 0) =>
    z
      .preprocess((x) => (x === undefined || x === null || x === "" ? [] : Array.isArray(x) ? x : [x]), z.array(idRule()).min(min, "required").max(max))
      .transform((ids) => [...new Set(ids)]),
  /** A version a form started from: 0 (nothing saved yet) up to MAX_ID. */
  version: () => z.preprocess(toInteger, z.number().int().min(0).max(MAX_ID)),
  /** A whole number in min..max, from "12" or 12 ("1e3", "1.5" are refused). */
  int: (min: number, max: number) => z.preprocess(toInteger, z.number().int().min(min).max(max)),
  /** A YYYY-MM-DD date in the years 1900–2100. */
  date: dateRule,
  optionalDate: () => z.preprocess(blankToUndefined, dateRule().optional()).transform((s) => s ?? null),
  optionalInt: (min = 0, max = 1_000_000) =>
    z.preprocess(toInteger, z.number().int().min(min).max(max).optional()).transform((n) => n ?? null),
  // query-string rules are preprocessors, not transforms: zod asks a transform of an absent key to be optional
  /** An id in a query string (`?region=3`): anything that is not one is ignored. */
  idParam: () => z.preprocess((x) => toId(firstParam(x)) ?? undefined, z.number().optional()),
  /** A search in a query string: cleaned (searchText), never refused. */
  searchParam: (max = 100) => z.preprocess((x) => searchText(x, max), z.string()),
  /** A date in a query string: anything that is not one in 1900–2100 is ignored. */
  dateParam: () =>
    z.preprocess((x) => {
      const s = firstParam(x);
      return typeof s === "string" && dateRule().safeParse(s).success ? s : undefined;
    }, z.string().optional()),
  /** A keyset cursor in a query string (`?after=`, `?before=`): its first value, decoded later by the list; anything else is absent. */
  cursorParam: () => z.preprocess(cursorText, z.string().optional()),
  /** A page number in a query string: 1 unless it is a whole number in 1..max. */
  pageParam: (max = 10_000) =>
    z.preprocess((x) => {
      const s = firstParam(x);
      const n = typeof s === "string" && /^[0-9]{1,6}$/.test(s) ? Number(s) : NaN;
      return n >= 1 && n <= max ? n : 1;
    }, z.number()),
  checkbox: () => z.preprocess((x) => x === "on" || x === "true" || x === true, z.boolean()),
  password: () =>
    z
      .string()
      .min(10, "passwordWeak")
      .max(200)
      .refine((s) => /\p{L}/u.test(s) && /\p{N}/u.test(s), "passwordWeak"),
};

/**
 * A check across two fields of an object schema: `end` may not come before `start` (nor equal it
 * when `strict`), for YYYY-MM-DD dates or HH:MM times, which compare as text. It runs even when
 * other fields are wrong (zod skips an object's checks after any issue otherwise), so a form shows
 * "end before start" together with the required fields left empty; not when either field is itself
 * wrong or empty. Use as `schema.check(endNotBefore(...))`.
 */
export function endNotBefore<T extends object>(start: keyof T & string, end: keyof T & string, message: "endBeforeStart" | "endTimeBeforeStart", strict = false) {
  return z.superRefine<T>(
    (value, ctx) => {
      const fields = value as Record<string, unknown>;
      const [from, to] = [fields?.[start], fields?.[end]];
      if (typeof from !== "string" || typeof to !== "string" || !from || !to) return;
      if (strict ? to <= from : to < from) ctx.addIssue({ code: "custom", message, path: [end], input: to });
    },
    { when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === start || issue.path?.[0] === end) },
  );
}

export { z };
