import type { Dictionary } from "../dictionary";

export const reports: Dictionary["reports"] = {
  title: "Rapports et évaluation",
};
