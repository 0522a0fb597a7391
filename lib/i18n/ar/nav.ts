export const nav = {
  dashboard: "لوحة القيادة",
  sessions: "دورات اللجنة المركزية",
  assignments: "مهامي",
  calendar: "اليومية",
  territory: "الهيكلة الترابية",
  members: "الأعضاء",
  users: "المستخدمون",
  audit: "سجل العمليات",
  account: "حسابي",
  mainNav: "التنقل الرئيسي",
  userMenu: "قائمة المستخدم",
  scope: "النطاق",
} as const;
