// The questions asked before a step that cannot simply be taken back (components/ui/confirm-dialog.tsx)
export const confirm = {
  cancel: "تراجع",
  session: {
    convened: { title: "نشر الدورة ودعوة الأعضاء؟", body: "ستظهر الدورة للأعضاء، ويتلقى كل من في لائحة المدعوين دعوته في التطبيق وبالبريد الإلكتروني." },
    held: { title: "تسجيل انعقاد الدورة؟", body: "ستُسجَّل الدورة منعقدة، ولن يعود ممكنًا سحب نشرها." },
    closed: { title: "اختتام الدورة؟", body: "الدورة المختتمة لا تتغير حالتها بعد ذلك." },
    draft: { title: "سحب نشر الدورة وإرجاعها مسودة؟", body: "ستختفي الدورة عن الأعضاء، ويُخبَر كل من دُعي إليها بسحبها." },
  },
  paperApprove: { title: "المصادقة على ورقة العمل؟", body: "تصير الورقة نهائية، ويُخبَر المكلَّفون بإعدادها بالمصادقة عليها." },
  reportAccept: { title: "قبول التقرير؟", body: "يُقبل التقرير نهائيًا، ويُخبَر مسؤولو الهيئة بذلك." },
} as const;
