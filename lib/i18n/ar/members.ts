// Filled by the member directory.
export const members = {
  title: "الأعضاء",
} as const;
