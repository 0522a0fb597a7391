import type { Dictionary } from "../dictionary";

export const auth: Dictionary["auth"] = {
  signInTitle: "Connexion",
  signInIntro: "Accédez à l'espace du parti avec votre compte.",
  email: "Adresse e-mail",
  password: "Mot de passe",
  signIn: "Se connecter",
  signingIn: "Connexion…",
  signOut: "Se déconnecter",
  wrongCredentials: "Adresse e-mail ou mot de passe incorrect.",
  throttled: "Trop de tentatives infructueuses. La connexion est suspendue : réessayez dans 15 minutes.",
  inactive: "Ce compte est désactivé. Écrivez à l'administrateur.",
  changePasswordTitle: "Changer le mot de passe",
  mustChangePassword: "Vous devez changer votre mot de passe temporaire avant de continuer.",
  currentPassword: "Mot de passe actuel",
  newPassword: "Nouveau mot de passe",
  confirmPassword: "Confirmer le nouveau mot de passe",
  passwordHint: "Au moins 10 caractères, dont une lettre et un chiffre.",
  passwordChanged: "Mot de passe modifié.",
  account: "Mon compte",
};
