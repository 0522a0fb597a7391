// Static demo data for the تجذر plan. The plan's adoption, its goals and the first two regional
// trainings (3 and 4 June 2017, Rabat) are those of the article of 6 June 2017
// (/work/shared/seeds/004); the later trainings, the people and the figures are invented.

import type { ActivityKind, CellKind } from "../../schema";

export const plan = {
  title: "خطة التجذر",
  adoptedOn: "2017-02-05",
  startsOn: "2017-02-05",
  goals: [
    "إعادة الهيكلة العامة للفروع المحلية والإقليمية وتجديدها",
    "تأسيس خلايا تنشط وسط المواطنين",
    "تكوين مكونين في تنزيل الخطة بمختلف الجهات والأقاليم",
    "خدمة المواطنين والاحتكاك بالقضايا والإشكالات الاجتماعية التي يعاني منها الشعب المغربي",
    "توعية الناس واستعادة ثقتهم في الحياة السياسية وحثهم على المشاركة الانتخابية",
    "تجويد الحياة السياسية وتطوير التواصل الحزبي",
  ],
};

/** The regional trainings, by region code: the first two from the article, the others in the following weeks. */
export const regionalTrainings = [
  { date: "2017-06-03", city: "الرباط", venue: "المقر الوطني للحزب", regions: ["07", "01"] },
  { date: "2017-06-04", city: "الرباط", venue: "المقر الوطني للحزب", regions: ["04", "03"] },
  { date: "2017-06-10", city: "الدار البيضاء", venue: "مقر الكتابة الجهوية", regions: ["06", "05"] },
  { date: "2017-06-17", city: "وجدة", venue: "مقر الكتابة الجهوية", regions: ["02", "08"] },
  { date: "2017-07-01", city: "أكادير", venue: "مقر الكتابة الجهوية", regions: ["09", "10"] },
  { date: "2017-07-08", city: "العيون", venue: "مقر الكتابة الإقليمية", regions: ["11", "12"] },
] as const;

export const regionalSittings = ["عرض خطة التجذر ومقاربتها التنظيمية", "ورشات تكوينية: آليات التنزيل في الأقاليم والفروع"];

export const regionalSummary =
  "قدم المؤطر عرضًا مفصلًا حول خطة التجذر التي صادقت عليها اللجنة المركزية بالإجماع في دورتها الثامنة، ومقاربتها التنظيمية الجديدة: إعادة الهيكلة العامة للفروع المحلية والإقليمية وتجديدها، وتأسيس خلايا تنشط وسط المواطنين.";
export const regionalDiscussion =
  "نقاش مستفيض حول التنزيل السليم للخطة والأهداف المتوخاة منها: الأهداف المجتمعية كخدمة المواطنين والاحتكاك بقضاياهم، والأهداف السياسية كتوعية الناس واستعادة ثقتهم في الحياة السياسية.";
export const regionalFollowUp = "يعقد المكونون لقاءات تكوينية إقليمية قبل نهاية السنة، وترفع الكتابات الإقليمية تقارير عنها إلى المكتب السياسي.";

export const provincialSummary =
  "نقل المكونون إلى مناضلي الإقليم مضامين خطة التجذر وآليات تنزيلها في الفروع: إعادة الهيكلة وتجديد المكاتب، وتأسيس الخلايا، وبرمجة أنشطة القرب.";
export const localSummary = "لقاء تكويني لمناضلي الفرع حول إعادة هيكلته وتأسيس خلايا في الأحياء وبرمجة أنشطة مع المواطنين.";

/** The upcoming regional training for the demo member's region: on DEMO_DAY (db/seed/today.ts) it is 19 days ahead; the seed moves it to its day. */
export const upcomingTraining = {
  date: "2026-12-12",
  title: "لقاء تكويني جهوي: حصيلة خطة التجذر وآفاق تجديد آلياتها",
  venue: "مقر الكتابة الجهوية",
};

/** The main town of each region, by code, where a regional meeting in the region is held. */
export const regionalCapitals: Record<string, string> = {
  "01": "طنجة",
  "02": "وجدة",
  "03": "فاس",
  "04": "الرباط",
  "05": "بني ملال",
  "06": "الدار البيضاء",
  "07": "مراكش",
  "08": "الرشيدية",
  "09": "أكادير",
  "10": "كلميم",
  "11": "العيون",
  "12": "الداخلة",
};

/**
 * The share of each region's branches restructured by the end of 2018: the north and the centre
 * well covered, the south behind, so the map tells a story.
 */
export const regionProgress: Record<string, number> = {
  "01": 0.72,
  "02": 0.46,
  "03": 0.78,
  "04": 0.84,
  "05": 0.4,
  "06": 0.66,
  "07": 0.6,
  "08": 0.3,
  "09": 0.27,
  "10": 0.14,
  "11": 0.1,
  "12": 0.09,
};

export const newCellNames: { name: string; kind: CellKind }[] = [
  { name: "خلية الحي الجديد", kind: "neighbourhood" },
  { name: "خلية حي السلام", kind: "neighbourhood" },
  { name: "خلية حي النهضة", kind: "neighbourhood" },
  { name: "خلية الأساتذة", kind: "sector" },
  { name: "خلية الشباب المعطلين", kind: "youth" },
  { name: "خلية النساء العاملات", kind: "women" },
  { name: "خلية عمال الميناء", kind: "workplace" },
  { name: "خلية الطلبة", kind: "students" },
  { name: "خلية الفلاحين الصغار", kind: "sector" },
];

export const activityTexts: Record<ActivityKind, string[]> = {
  public_meeting: [
    "لقاء تواصلي مفتوح مع ساكنة الحي حول الماء الصالح للشرب والإنارة العمومية",
    "لقاء تواصلي حول التشغيل الذاتي للشباب وفرص التمويل",
    "لقاء مفتوح مع التجار حول تنظيم السوق الأسبوعي",
  ],
  neighbourhood_visit: [
    "زيارة ميدانية للأحياء الناقصة التجهيز والاستماع لمطالب الساكنة",
    "جولة في السوق الأسبوعي للتواصل مع التجار والفلاحين",
    "زيارة للدواوير المجاورة حول مشكل الطريق والنقل المدرسي",
  ],
  solidarity: [
    "توزيع مساعدات غذائية على الأسر المعوزة بتنسيق مع جمعيات الحي",
    "حملة تضامنية لفائدة الأسر المتضررة من موجة البرد",
    "قافلة طبية بتعاون مع قطاع الصحة للحزب",
  ],
  cultural: ["أمسية ثقافية حول الذاكرة النضالية للمدينة", "ندوة حول القراءة وعرض مسرحي لشباب الحي", "معرض للكتاب بدار الشباب"],
  campaign: [
    "حملة تحسيسية للتسجيل في اللوائح الانتخابية",
    "حملة تحسيسية حول الحق في الصحة والتغطية الصحية",
    "حملة تحسيسية حول تمدرس الفتيات في العالم القروي",
  ],
  training: ["ورشة تكوينية لفائدة مناضلي الفرع حول التواصل الرقمي", "دورة تكوينية حول تدبير الشأن المحلي والميزانية التشاركية"],
  other: ["مشاركة في حملة نظافة الحي مع جمعيات المجتمع المدني", "استقبال المواطنين بمقر الفرع للاستماع إلى شكاياتهم"],
};

/** Recent activities (days before the day the seed runs), so "an activity in the last 90 days" is true somewhere. */
export const recentActivities: { regionCode: string; daysAgo: number; kind: ActivityKind; description: string; peopleReached: number }[] = [
  { regionCode: "04", daysAgo: 9, kind: "public_meeting", description: "لقاء تواصلي مع ساكنة الحي حول غلاء الأسعار والنقل الحضري", peopleReached: 140 },
  { regionCode: "03", daysAgo: 23, kind: "solidarity", description: "حملة تضامنية لتوزيع الأغطية استعدادًا لموجة البرد", peopleReached: 85 },
  { regionCode: "06", daysAgo: 41, kind: "campaign", description: "حملة تحسيسية حول التسجيل في اللوائح الانتخابية", peopleReached: 260 },
  { regionCode: "07", daysAgo: 66, kind: "neighbourhood_visit", description: "زيارة ميدانية للأحياء المتضررة من انقطاع الماء", peopleReached: 60 },
];

/** Earlier in the year, more than 90 days before DEMO_DAY (db/seed/today.ts); the seed moves them to its day. */
export const earlier2026Activities: { regionCode: string; date: string; kind: ActivityKind; description: string; peopleReached: number }[] = [
  { regionCode: "01", date: "2026-03-14", kind: "cultural", description: "أمسية ثقافية بمناسبة اليوم العالمي للمرأة", peopleReached: 120 },
  { regionCode: "09", date: "2026-05-09", kind: "public_meeting", description: "لقاء تواصلي حول تدبير ندرة المياه في سوس", peopleReached: 90 },
];
