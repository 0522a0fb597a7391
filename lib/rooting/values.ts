import type { TrainingLevel, TrainingRole, TrainingStatus } from "@/db/schema/rooting";

// The values the forms and the schemas share, without zod: a client component imports them from
// here, since importing anything from schemas.ts brings zod (about 28 kB gzip) into its page.

// Spelled out here, not imported from db/schema, so that the client forms do not bundle the table
// definitions; `satisfies` keeps them within the columns' values.
export const trainingLevels = ["national", "regional", "provincial", "local"] as const satisfies readonly TrainingLevel[];
export const trainingStatuses = ["planned", "held", "reported"] as const satisfies readonly TrainingStatus[];
export const trainingRoles = ["trainer", "bureau", "participant", "trained_trainer", "leader"] as const satisfies readonly TrainingRole[];

/** The levels a training's trainers came from: one above it, down the cascade. */
export const levelRank: Record<TrainingLevel, number> = { national: 0, regional: 1, provincial: 2, local: 3 };

/** Provincial and local trainings are held in one province and may name the training above them. */
export const isLocalLevel = (level: TrainingLevel) => level === "provincial" || level === "local";

/** planned → held → reported, and one step back to correct a mistake. */
export const trainingTransitions: Record<TrainingStatus, readonly TrainingStatus[]> = {
  planned: ["held"],
  held: ["reported", "planned"],
  reported: ["held"],
};
