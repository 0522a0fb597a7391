import { z } from "zod";
import type { Dictionary } from "./i18n/dictionary";
import { fill } from "./i18n/dictionary";

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
        if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "required" : `tooShort|min=${issue.minimum}`;
        if (issue.origin === "array" || issue.origin === "set") return "required";
        return `tooSmall|min=${issue.minimum}`;
      case "too_big":
        return issue.origin === "string" ? `tooLong|max=${issue.maximum}` : `tooBig|max=${issue.maximum}`;
      case "invalid_format":
        return issue.format === "email" ? "email" : issue.format === "date" ? "date" : "invalid";
      case "invalid_value":
        return "choice";
      default:
        return undefined;
    }
  },
});

/** Turns an error key from a schema into the viewer's sentence; anything else is shown as it is. */
export function translateError(message: string, errors: Dictionary["errors"]): string {
  const [key, ...params] = message.split("|");
  const template = (errors as Record<string, string>)[key];
  if (!template) return message;
  const values = Object.fromEntries(params.map((p) => p.split("=") as [string, string]));
  return fill(template, values);
}

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const v = {
  text: (max = 200) => z.string().trim().min(1).max(max),
  optionalText: (max = 2000) =>
    z.preprocess(blankToUndefined, z.string().trim().max(max).optional()).transform((s) => s ?? null),
  email: () => z.string().trim().toLowerCase().pipe(z.email()),
  optionalEmail: () =>
    z.preprocess(blankToUndefined, z.string().trim().toLowerCase().pipe(z.email()).optional()).transform((s) => s ?? null),
  phone: () =>
    z
      .preprocess(blankToUndefined, z.string().trim().regex(/^\+?[0-9 ()-]{6,20}$/, "phone").optional())
      .transform((s) => s ?? null),
  id: () => z.coerce.number({ error: "required" }).int().positive("required"),
  optionalId: () => z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()).transform((n) => n ?? null),
  date: () => z.iso.date(),
  optionalDate: () => z.preprocess(blankToUndefined, z.iso.date().optional()).transform((s) => s ?? null),
  optionalInt: (min = 0, max = 1_000_000) =>
    z.preprocess(blankToUndefined, z.coerce.number().int().min(min).max(max).optional()).transform((n) => n ?? null),
  checkbox: () => z.preprocess((x) => x === "on" || x === "true" || x === true, z.boolean()),
  password: () =>
    z
      .string()
      .min(10, "passwordWeak")
      .max(200)
      .refine((s) => /\p{L}/u.test(s) && /\p{N}/u.test(s), "passwordWeak"),
};

export { z };
