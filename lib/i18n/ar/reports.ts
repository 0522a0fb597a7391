export const reports = {
  title: "التقارير والتقييم",
} as const;
