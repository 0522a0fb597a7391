import type { Dictionary } from "../dictionary";

export const rooting: Dictionary["rooting"] = {
  title: "Plan d’enracinement",
};
