export const sessions = {
  title: "دورات اللجنة المركزية",
} as const;
