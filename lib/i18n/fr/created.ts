import type { Dictionary } from "../dictionary";

export const created: Dictionary["created"] = {
  session: { done: "Session créée", firstSitting: "Ajouter la première séance", firstWorkshop: "Ajouter le premier atelier" },
  sitting: { done: "Séance créée", another: "Ajouter une autre séance", back: "Revenir à la session" },
  workshop: { done: "Atelier créé", another: "Ajouter un autre atelier", back: "Revenir à la session" },
  meeting: { done: "Rencontre thématique ajoutée", another: "Ajouter une autre rencontre thématique" },
  paper: { workshop: "Revenir à l’atelier", session: "Revenir à la session" },
  training: { another: "Programmer une autre rencontre de formation", back: "Revenir aux rencontres de formation" },
  member: { another: "Inscrire un autre membre", back: "Revenir à la liste des membres" },
  branch: { done: "Section créée", another: "Ajouter une autre section", back: "Revenir à la préfecture ou province" },
  campaign: { done: "Campagne d’évaluation créée en brouillon : ajoutez ses questions, puis ouvrez-la", back: "Revenir aux campagnes" },
  agreement: { done: "Accord enregistré", firstFollowUp: "Ajouter un premier suivi", back: "Revenir aux accords" },
  followUp: { done: "Suivi ajouté", another: "Ajouter un autre suivi" },
  user: { another: "Créer un autre compte", back: "Revenir aux utilisateurs" },
};
