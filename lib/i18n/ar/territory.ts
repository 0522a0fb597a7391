// Filled by the territory pages.
export const territory = {
  title: "الهيكلة الترابية",
} as const;
