import type { Dictionary } from "../dictionary";

export const admin: Dictionary["admin"] = {
  usersTitle: "Utilisateurs",
  role: "Rôle",
};
