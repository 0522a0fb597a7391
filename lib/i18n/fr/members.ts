import type { Dictionary } from "../dictionary";

export const members: Dictionary["members"] = {
  title: "Membres",
};
