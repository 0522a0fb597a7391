// Writes app/fonts/*.woff2: Noto Sans Arabic (variable), cut to what the pages write and to the
// weights they use, so a first visit on a phone downloads about 65 KB of fonts instead of the
// package's 200 KB. Run it after upgrading @fontsource-variable/noto-sans-arabic, then commit the
// files; app/globals.css declares them with the same unicode ranges.
// subset-font (harfbuzz's hb-subset) keeps every glyph the shaping rules reach from the kept
// characters, so joined letters and ligatures stay whole, and it pins the weight axis to 400–700.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";

const root = path.resolve(import.meta.dirname, "..");
const source = path.join(root, "node_modules/@fontsource-variable/noto-sans-arabic/files");

/** The ranges, as app/globals.css writes them in its unicode-range. */
export const SUBSETS = {
  // Arabic and its supplement, the joiners and direction marks, the hyphens, the ligatures ﷲ ﷺ and
  // the presentation forms a pasted text may carry
  arabic: [[0x600, 0x6ff], [0x750, 0x77f], [0x200c, 0x200f], [0x2010, 0x2011], [0xfdf0, 0xfdff], [0xfe70, 0xfefc]],
  // French: Latin-1, œ Œ, the general punctuation (quotes, dashes, the narrow no-break space) and €
  latin: [[0x20, 0x7e], [0xa0, 0xff], [0x152, 0x153], [0x2000, 0x206f], [0x20ac, 0x20ac]],
};
const WEIGHTS = { min: 400, max: 700 };

const characters = (ranges) =>
  ranges.map(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join("")).join("");

for (const [subset, ranges] of Object.entries(SUBSETS)) {
  const font = readFileSync(path.join(source, `noto-sans-arabic-${subset}-wght-normal.woff2`));
  const out = await subsetFont(font, characters(ranges), { targetFormat: "woff2", variationAxes: { wght: WEIGHTS } });
  const file = path.join(root, "app/fonts", `noto-sans-arabic-${subset}.woff2`);
  writeFileSync(file, out);
  console.log(`${path.relative(root, file)}: ${Math.round(out.length / 1024)} KB`);
}
