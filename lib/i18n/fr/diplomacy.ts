import type { Dictionary } from "../dictionary";

export const diplomacy: Dictionary["diplomacy"] = {
  title: "Diplomatie du parti",
};
