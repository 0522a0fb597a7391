// What a page says on arriving from a create, and the next steps it offers (components/ui/created-notice.tsx)
export const created = {
  session: { done: "أُنشئت الدورة", firstSitting: "إضافة الجلسة الأولى", firstWorkshop: "إضافة الورشة الأولى" },
  sitting: { done: "أُنشئت الجلسة", another: "إضافة جلسة أخرى", back: "العودة إلى الدورة" },
  workshop: { done: "أُنشئت الورشة", another: "إضافة ورشة أخرى", back: "العودة إلى الدورة" },
  meeting: { done: "أُضيف اللقاء الموضوعاتي", another: "إضافة لقاء موضوعاتي آخر" },
  paper: { workshop: "العودة إلى الورشة", session: "العودة إلى الدورة" },
  training: { another: "برمجة لقاء تكويني آخر", back: "العودة إلى اللقاءات التكوينية" },
  member: { another: "تسجيل عضو آخر", back: "العودة إلى لائحة الأعضاء" },
  branch: { done: "أُنشئ الفرع", another: "إضافة فرع آخر", back: "العودة إلى العمالة أو الإقليم" },
  campaign: { done: "أُنشئت حملة التقييم مسودةً: أضف أسئلتها ثم افتحها", back: "العودة إلى الحملات" },
  agreement: { done: "سُجّلت الاتفاقية", firstFollowUp: "إضافة أول متابعة", back: "العودة إلى الاتفاقيات" },
  followUp: { done: "أُضيفت المتابعة", another: "إضافة متابعة أخرى" },
  user: { another: "إنشاء حساب آخر", back: "العودة إلى المستخدمين" },
} as const;
