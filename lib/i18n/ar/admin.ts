// Filled by the admin pages.
export const admin = {
  usersTitle: "المستخدمون",
  role: "الدور",
} as const;
