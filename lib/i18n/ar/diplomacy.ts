export const diplomacy = {
  title: "الدبلوماسية الحزبية",
} as const;
