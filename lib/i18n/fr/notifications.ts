import type { Dictionary } from "../dictionary";

export const notifications: Dictionary["notifications"] = {
  title: "Notifications",
};
