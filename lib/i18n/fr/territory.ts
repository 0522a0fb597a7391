import type { Dictionary } from "../dictionary";

export const territory: Dictionary["territory"] = {
  title: "Organisation territoriale",
};
