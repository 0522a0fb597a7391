import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatNumber, formatPercent } from "@/lib/i18n/intl";

/** "12 من 40 (30 %)", or "0 من 0" when there is nothing to divide. */
export function outOf(n: number, total: number, locale: Locale, t: Dictionary["rooting"]["coverage"]): string {
  const values = { n: formatNumber(n, locale), total: formatNumber(total, locale) };
  return total ? fill(t.outOfPercent, { ...values, percent: formatPercent(n / total, locale) }) : fill(t.outOf, values);
}

/** "الربع 3 من 2017" for the quarter starting 2017-07-01. */
export function quarterLabel(quarter: string, t: Dictionary["rooting"]["coverage"]): string {
  const [year, month] = quarter.split("-").map(Number);
  return fill(t.quarterLabel, { q: Math.floor((month - 1) / 3) + 1, year });
}

/** The four colour bins of the map, by coverage score (share of branches restructured). */
export const coverageBins = [
  { min: 0, fill: "#fde68a", text: "#1c1917" },
  { min: 25, fill: "#a9d7bb", text: "#1c1917" },
  { min: 50, fill: "#23844f", text: "#ffffff" },
  { min: 75, fill: "#0f4429", text: "#ffffff" },
] as const;

export function binOf(score: number) {
  return [...coverageBins].reverse().find((b) => score >= b.min)!;
}
