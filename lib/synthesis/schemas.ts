import { v, z } from "@/lib/validation";

/** A section of the synthesis: the fixed ones, or a question of the campaign by its id. */
export const fixedSections = ["introduction", "figures", "conclusion"] as const;
const sectionKey = /^(introduction|figures|conclusion|[0-9]{1,10})$/;
export const SECTION_MAX = 20_000;

/** The editor posts one textarea per section, `section.<key>`: gathered here into one record. */
function gatherSections(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const input = raw as Record<string, unknown>;
  const sections: Record<string, unknown> = typeof input.sections === "object" && input.sections ? { ...(input.sections as object) } : {};
  for (const [key, value] of Object.entries(input)) {
    const match = /^section\.(.+)$/.exec(key);
    if (match) sections[match[1]] = value;
  }
  return { ...input, sections };
}

export const saveSynthesisSchema = z.preprocess(
  gatherSections,
  z.object({
    campaignId: v.id(),
    // the version the editor started from: a save over someone else's newer one is refused
    version: v.version(),
    sections: z
      .record(z.string().regex(sectionKey), z.string().max(SECTION_MAX))
      .transform((r) => Object.fromEntries(Object.entries(r).map(([k, text]) => [k, text.replace(/\r\n/g, "\n").trim()]).filter(([, text]) => text !== ""))),
  }),
);

export const finalizeSynthesisSchema = z.object({
  campaignId: v.id(),
  version: v.version(),
});
