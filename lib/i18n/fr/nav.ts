import type { Dictionary } from "../dictionary";

export const nav: Dictionary["nav"] = {
  dashboard: "Tableau de bord",
  sessions: "Sessions du Comité central",
  assignments: "Mes tâches",
  calendar: "Agenda",
  reports: "Rapports et évaluation",
  rooting: "Plan d’enracinement",
  diplomacy: "Diplomatie du parti",
  territory: "Organisation territoriale",
  members: "Membres",
  users: "Utilisateurs",
  outbox: "Courriels sortants",
  signInLocks: "Connexions suspendues",
  audit: "Journal d'audit",
  account: "Mon compte",
  mainNav: "Navigation principale",
  userMenu: "Menu utilisateur",
  userMenuOf: "Menu utilisateur : {name}",
  scope: "Périmètre",
};
