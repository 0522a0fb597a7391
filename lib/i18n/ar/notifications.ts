export const notifications = {
  title: "الإشعارات",
} as const;
