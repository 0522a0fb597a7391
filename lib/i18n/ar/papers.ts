export const papers = {
  title: "أوراق العمل",
} as const;
