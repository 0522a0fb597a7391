import type { Dictionary } from "../dictionary";

export const sessions: Dictionary["sessions"] = {
  title: "Sessions du Comité central",
};
