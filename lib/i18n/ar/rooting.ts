export const rooting = {
  title: "خطة التجذر",
} as const;
