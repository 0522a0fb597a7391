import type { Dictionary } from "../dictionary";

export const confirm: Dictionary["confirm"] = {
  cancel: "Annuler",
  session: {
    convened: { title: "Publier la session et inviter les membres ?", body: "La session deviendra visible des membres, et chaque personne de la liste des invités recevra son invitation dans l’application et par courriel." },
    held: { title: "Enregistrer la tenue de la session ?", body: "La session sera enregistrée comme tenue ; il ne sera plus possible d’en retirer la publication." },
    closed: { title: "Clôturer la session ?", body: "Une session clôturée ne change plus de statut." },
    draft: { title: "Retirer la publication et remettre la session en brouillon ?", body: "La session disparaîtra pour les membres, et chaque invité sera informé de son retrait." },
  },
  paperApprove: { title: "Approuver le document de travail ?", body: "Le document devient définitif, et les personnes chargées de le préparer sont informées de son approbation." },
  reportAccept: { title: "Accepter le rapport ?", body: "Le rapport est accepté définitivement, et les responsables de l’instance en sont informés." },
};
