export const calendar = {
  title: "اليومية",
} as const;
