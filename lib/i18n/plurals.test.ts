import { describe, expect, it } from "vitest";
import { ar } from "./ar";
import type { Locale } from "./config";
import { fr } from "./fr";
import { formatList, formatMessage, formatNumber, formatPercent, plural, type PluralCategory, type PluralMessage } from "./intl";
import { translateError } from "@/lib/validation";

const CATEGORIES: readonly PluralCategory[] = ["zero", "one", "two", "few", "many", "other"];
const COUNTS = [0, 1, 2, 3, 11, 100];

function isPlural(value: unknown): value is PluralMessage {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { other?: unknown }).other === "string" &&
    Object.keys(value).every((key) => (CATEGORIES as readonly string[]).includes(key))
  );
}

/** Every plural message of a dictionary, by its path (papers.daysLeft). */
function pluralMessages(dictionary: object, path = ""): [string, PluralMessage][] {
  return Object.entries(dictionary).flatMap(([key, value]): [string, PluralMessage][] => {
    const at = path ? `${path}.${key}` : key;
    if (isPlural(value)) return [[at, value]];
    return typeof value === "object" && value !== null ? pluralMessages(value, at) : [];
  });
}

/** The other placeholders of a message ({date}, {unread}), each filled with a sample word. */
function samples(message: PluralMessage): Record<string, string> {
  const names = Object.values(message).flatMap((form: string) => [...form.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
  return Object.fromEntries(names.filter((n) => n !== "count").map((n) => [n, "«س»"]));
}

function render(message: PluralMessage, count: number, locale: Locale): string {
  return plural(count, message, locale, samples(message));
}

// Counted nouns: singular, plural (as it follows 3–10), and the singular as it follows 11–99 where
// its spelling differs (the alif of the accusative: يومًا).
const ARABIC_NOUNS: [singular: string, plural: string, accusative?: string][] = [
  ["يوم", "أيام", "يومًا"],
  ["تقرير", "تقارير", "تقريرًا"],
  ["عضو", "أعضاء", "عضوًا"],
  ["ورشة", "ورشات"],
  ["دورة", "دورات"],
  ["تكوين", "تكوينات", "تكوينًا"],
  ["إشعار", "إشعارات", "إشعارًا"],
  ["فرع", "فروع", "فرعًا"],
  ["مشارك", "مشاركين", "مشاركًا"],
  ["ساعة", "ساعات"],
  ["دقيقة", "دقائق"],
  ["ثانية", "ثوانٍ"],
  ["لقاء", "لقاءات", "لقاءً"],
  ["مستخدم", "مستخدمين", "مستخدمًا"],
  ["حملة", "حملات"],
  ["رسالة", "رسائل"],
  ["نتيجة", "نتائج"],
  ["جهة", "جهات"],
  ["خلية", "خلايا"],
  ["نشاط", "أنشطة", "نشاطًا"],
  ["جواب", "أجوبة", "جوابًا"],
  ["حاضر", "حاضرين", "حاضرًا"],
  ["مكوِّن", "مكوِّنين", "مكوِّنًا"],
  ["موعد", "مواعيد", "موعدًا"],
  ["حرف", "أحرف", "حرفًا"],
  ["عملية", "عمليات"],
  ["مدعو", "مدعوين", "مدعوًا"],
];
const END = "(?=$|[\\s.,،:؛)»])";

/** Number–noun pairs Arabic never writes: «3 يوم», «1 أيام», «2 أيام», «11 أيام», «11 يوم», «100 أيام». */
function arabicAgreementErrors(text: string): string[] {
  const errors: string[] = [];
  for (const [singular, pluralForm, accusative] of ARABIC_NOUNS) {
    // the count's last two digits pick the form: 3–10 the plural, 11–99 the accusative singular,
    // 00–02 (100, 101, 1000) the singular
    const few = "(?<![\\d.])(\\d*0[3-9]|\\d*10|[3-9])";
    const manyOrOther = "(?<![\\d.])(\\d*(1[1-9]|[2-9]\\d)|[1-9]\\d*0[0-2])";
    const deny = [
      `(?<![\\d.])[12] (${singular}|${pluralForm}|${accusative ?? singular})${END}`,
      `${few} (${singular}|${accusative ?? singular})${END}`,
      `${manyOrOther} ${pluralForm}${END}`,
      ...(accusative ? [`(?<![\\d.])\\d*(1[1-9]|[2-9]\\d) ${singular}${END}`] : []),
    ];
    for (const pattern of deny) {
      const found = text.match(new RegExp(pattern));
      if (found) errors.push(found[0]);
    }
  }
  return errors;
}

const FRENCH_NOUNS = ["jour", "rapport", "membre", "participant", "rencontre", "section", "cellule", "campagne", "notification", "message", "utilisateur", "opération", "réponse", "caractère", "minute", "seconde", "heure", "région", "formateur", "activité", "invité", "présent", "excusé"];

function frenchAgreementErrors(text: string): string[] {
  const errors: string[] = [];
  if (text.includes("(s)")) errors.push("(s)");
  for (const noun of FRENCH_NOUNS) {
    const one = text.match(new RegExp(`(?<![\\d.])[01] ${noun}s(?![\\p{L}])`, "u"));
    const more = text.match(new RegExp(`(?<![\\d.])([2-9]|\\d\\d+) ${noun}(?![\\p{L}])`, "u"));
    if (one) errors.push(one[0]);
    if (more) errors.push(more[0]);
  }
  return errors;
}

describe("plural messages of the dictionaries", () => {
  const arabic = pluralMessages(ar);
  const french = new Map(pluralMessages(fr));

  it("finds the counts of both dictionaries, the same ones in each language", () => {
    expect(arabic.length).toBeGreaterThan(50);
    expect([...french.keys()].sort()).toEqual(arabic.map(([path]) => path).sort());
  });

  it("gives every Arabic count its six forms, and every French one its one, many and other", () => {
    for (const [path, message] of arabic) expect(Object.keys(message).sort(), path).toEqual([...CATEGORIES].sort());
    for (const [path, message] of french) for (const form of ["one", "many", "other"]) expect(message, path).toHaveProperty(form);
  });

  it("renders each of them for 0, 1, 2, 3, 11 and 100 with no placeholder left, no NaN and no number–noun pair out of agreement", () => {
    const problems: string[] = [];
    for (const [locale, messages] of [["ar", arabic], ["fr", [...french]]] as const) {
      for (const [path, message] of messages) {
        for (const count of COUNTS) {
          const text = render(message, count, locale);
          const errors = [
            ...(text.includes("{") || text.includes("}") ? ["a placeholder"] : []),
            ...(text.includes("NaN") ? ["NaN"] : []),
            ...(text.trim() === "" ? ["nothing"] : []),
            ...(locale === "ar" ? arabicAgreementErrors(text) : frenchAgreementErrors(text)),
          ];
          if (errors.length) problems.push(`${locale} ${path} (${count}): «${text}» — ${errors.join(", ")}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("catches the errors it is there for", () => {
    for (const wrong of ["بقي 3 يوم", "1 أيام", "2 أيام", "11 أيام", "بقي 8 يوم", "11 يوم", "1 تقارير", "100 أيام", "3 مشارك"]) expect(arabicAgreementErrors(wrong), wrong).not.toEqual([]);
    for (const right of ["يوم واحد", "يومان", "3 أيام", "10 أيام", "11 يومًا", "99 يومًا", "100 يوم", "103 أيام", "3 مشاركين", "11 دقيقة"]) expect(arabicAgreementErrors(right), right).toEqual([]);
    for (const wrong of ["1 jours", "0 rapports", "2 jour restant", "3 réponse(s)"]) expect(frenchAgreementErrors(wrong), wrong).not.toEqual([]);
  });
});

describe("Arabic counts as native speakers write them", () => {
  const days = (n: number) => plural(n, ar.papers.daysLeft, "ar");
  it("days left: a sentence for none, the noun alone for one and two, then the number", () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 101, 103, 111, 1000].map(days)).toEqual([
      "ينتهي الأجل اليوم",
      "بقي يوم واحد",
      "بقي يومان",
      "بقي 3 أيام",
      "بقي 10 أيام",
      "بقي 11 يومًا",
      "بقي 99 يومًا",
      "بقي 100 يوم",
      "بقي 101 يوم",
      "بقي 103 أيام",
      "بقي 111 يومًا",
      "بقي 1.000 يوم",
    ]);
  });

  it("reports, members, workshops' participants, notifications, branches", () => {
    expect(COUNTS.map((n) => plural(n, ar.reports.todo.toSend, "ar"))).toEqual(["لا تقرير", "تقرير واحد", "تقريران", "3 تقارير", "11 تقريرًا", "100 تقرير"]);
    expect(COUNTS.map((n) => plural(n, ar.dashboard.organMembers, "ar"))).toEqual(["لا أعضاء", "عضو واحد", "عضوان", "3 أعضاء", "11 عضوًا", "100 عضو"]);
    expect(COUNTS.map((n) => plural(n, ar.sessions.programme.participantsCount, "ar"))).toEqual(["لا مشاركين", "مشارك واحد", "مشاركان", "3 مشاركين", "11 مشاركًا", "100 مشارك"]);
    expect(COUNTS.map((n) => plural(n, ar.territory.branchesCount, "ar"))).toEqual(["لا فروع", "فرع واحد", "فرعان", "3 فروع", "11 فرعًا", "100 فرع"]);
    expect(plural(2, ar.notifications.bellUnread, "ar")).toBe("الإشعارات: إشعاران غير مقروءين");
    expect(plural(1, ar.reports.lateBy, "ar")).toBe("متأخر بيوم واحد");
    expect(plural(2, ar.reports.compliance.daysPast, "ar")).toBe("انقضى الأجل منذ يومين");
  });

  it("a count inside a sentence keeps the sentence's other words", () => {
    const unread = plural(3, ar.notifications.unreadOf, "ar");
    expect(plural(12, ar.notifications.total, "ar", { unread })).toBe("12 إشعارًا، منها 3 غير مقروءة");
    const summary = { quarter: "الربع 3 من 2017", restructured: plural(2, ar.rooting.coverage.restructuredBranches, "ar"), cells: plural(14, ar.rooting.coverage.cellsFounded, "ar") };
    expect(formatMessage(ar.rooting.coverage.progressSummary, summary, "ar")).toBe("في الربع 3 من 2017: فرعان أعيدت هيكلتهما و14 خلية جديدة.");
  });

  it("length errors from the schemas take the count's form", () => {
    expect(translateError("tooLong|count=10", ar.errors, "ar")).toBe("النص طويل جدًا (على الأكثر 10 أحرف).");
    expect(translateError("tooLong|count=200", ar.errors, "ar")).toBe("النص طويل جدًا (على الأكثر 200 حرف).");
    expect(translateError("tooShort|count=12", ar.errors, "ar")).toBe("النص قصير جدًا (على الأقل 12 حرفًا).");
    expect(translateError("tooShort|count=2", ar.errors, "ar")).toBe("النص قصير جدًا (على الأقل حرفان).");
    expect(translateError("tooBig|max=5", ar.errors, "ar")).toBe("القيمة أكبر من المسموح (5).");
  });
});

describe("French counts", () => {
  it("singular for 0 and 1, plural from 2, « de » for whole millions, and nothing said in words where French says it", () => {
    expect([0, 1, 2, 100, 1_000_000].map((n) => plural(n, fr.reports.daysLeft, "fr"))).toEqual([
      "Échéance aujourd’hui",
      "1 jour restant",
      "2 jours restants",
      "100 jours restants",
      "1.000.000 de jours restants",
    ]);
    expect([1, 2].map((n) => plural(n, fr.auth.days, "fr"))).toEqual(["1 jour", "2 jours"]);
    expect(translateError("tooLong|count=200", fr.errors, "fr")).toBe("Texte trop long (au plus 200 caractères).");
    expect(plural(0, fr.common.results, "fr")).toBe("Aucun résultat");
  });
});

describe("numbers, percentages and lists", () => {
  it("writes Western digits grouped by the locale", () => {
    expect(formatNumber(1234567, "ar")).toBe("1.234.567");
    expect(formatNumber(1234567, "fr")).toBe("1.234.567");
  });

  it("writes a share as a whole percentage", () => {
    expect(formatPercent(0.456, "ar").replace(/\u200e/g, "")).toBe("46%");
    expect(formatPercent(0.456, "fr")).toMatch(/^46\s%$/);
    expect(formatPercent(Number.NaN, "ar")).not.toContain("NaN");
  });

  it("joins names as each language joins them", () => {
    expect(formatList(["سعاد", "كريم", "ليلى"], "ar")).toBe("سعاد وكريم وليلى");
    expect(formatList(["Souad", "Karim", "Leila"], "fr")).toBe("Souad, Karim et Leila");
    expect(formatList(["سعاد"], "ar")).toBe("سعاد");
  });
});
