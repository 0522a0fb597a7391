import type { Dictionary } from "../dictionary";

export const papers: Dictionary["papers"] = {
  title: "Documents de travail",
};
