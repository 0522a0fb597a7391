import type { StatusCounts } from "@/lib/reports/compliance-queries";

/** The completion scale of the grid: five steps, each with text that keeps its contrast. */
export const completionSteps = [
  { from: 0, to: 24, className: "bg-stone-100 text-stone-900 border-stone-300" },
  { from: 25, to: 49, className: "bg-brand-100 text-brand-900 border-brand-200" },
  { from: 50, to: 74, className: "bg-brand-200 text-brand-900 border-brand-500" },
  { from: 75, to: 99, className: "bg-brand-500 text-white border-brand-600" },
  { from: 100, to: 100, className: "bg-brand-800 text-white border-brand-900" },
] as const;

export function completionClass(percent: number): string {
  return (completionSteps.find((s) => percent >= s.from && percent <= s.to) ?? completionSteps[0]).className;
}

/** The statuses in the order of the stacked bars, each with its colour. */
export const statusSegments: { key: Exclude<keyof StatusCounts, "total">; className: string }[] = [
  { key: "accepted", className: "bg-brand-700" },
  { key: "submittedOnTime", className: "bg-brand-500" },
  { key: "submittedLate", className: "bg-amber-500" },
  { key: "returned", className: "bg-orange-700" },
  { key: "draft", className: "bg-sky-300" },
  { key: "notStarted", className: "bg-stone-300" },
];

/**
 * Where each region's tile sits, roughly as on the map of Morocco with the north at the top: a grid
 * of four columns from west to east, by the regions' official codes (2015).
 */
export const regionTiles: Record<string, { column: string; row: string }> = {
  "01": { column: "2 / 4", row: "1" }, // Tanger-Tétouan-Al Hoceïma
  "02": { column: "4", row: "1 / 4" }, // L'Oriental
  "04": { column: "1", row: "2" }, // Rabat-Salé-Kénitra
  "03": { column: "2 / 4", row: "2" }, // Fès-Meknès
  "06": { column: "1", row: "3" }, // Casablanca-Settat
  "05": { column: "2 / 4", row: "3" }, // Béni Mellal-Khénifra
  "07": { column: "1 / 3", row: "4" }, // Marrakech-Safi
  "08": { column: "3 / 5", row: "4 / 6" }, // Drâa-Tafilalet
  "09": { column: "1 / 3", row: "5" }, // Souss-Massa
  "10": { column: "1 / 3", row: "6" }, // Guelmim-Oued Noun
  "11": { column: "1 / 3", row: "7" }, // Laâyoune-Sakia El Hamra
  "12": { column: "1 / 2", row: "8" }, // Dakhla-Oued Ed-Dahab
};
