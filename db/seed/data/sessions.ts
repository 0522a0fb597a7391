// Static demo data for the Central Committee sessions. The 8th session's dates, venue, workshops and
// thematic meetings are those of the Political Bureau's communiqué of 19 December 2016
// (/work/shared/seeds/001); recommendations, statements, minutes and the 9th session are invented.

import { instantOnSeedDay, onSeedDay, seedToday } from "../today";

export interface WorkshopText {
  title: string;
  theme: string;
  questions: string[];
  room: string;
  agenda: { title: string; startTime?: string; durationMinutes?: number }[];
  paperTitle: string;
  paperBody?: string;
  recommendations?: string[];
}

export const eighthSession = {
  ordinal: 8,
  title: "الدورة الثامنة للجنة المركزية",
  startsOn: "2017-02-04",
  endsOn: "2017-02-05",
  venue: "المقر الوطني للحزب بالرباط",
  city: "الرباط",
  description:
    "تنعقد أشغال الدورة، إضافة إلى جلستي الافتتاح والاختتام، في صيغة ثلاث ورشات تغطي مختلف المواضيع والقضايا المتصلة بالعمل الحزبي، على أرضية التقرير التركيبي لتقييم انتخابات أعضاء مجلس النواب.",
  finalStatement:
    "اختتمت اللجنة المركزية أشغال دورتها الثامنة المنعقدة يومي 4 و5 فبراير 2017 بالمقر الوطني للحزب بالرباط، بعد نقاش مستفيض لتقرير المكتب السياسي ولأشغال الورشات الثلاث.\n\nوصادقت اللجنة المركزية بالإجماع على التقرير التركيبي لتقييم الانتخابات وعلى مخطط «التجذر» الرامي إلى تقوية حضور الحزب في محيطه وتحويل إشعاعه السياسي إلى قوة انتخابية.\n\nودعت كافة الهيئات الحزبية والمنظمات والقطاعات الموازية إلى الانخراط في تنزيل هذا المخطط عبر لقاءات تكوينية جهوية وإقليمية ومحلية.",
  minutes:
    "افتُتحت الجلسة الافتتاحية يوم السبت 4 فبراير 2017 على الساعة العاشرة صباحًا.\nقدم الأمين العام تقرير المكتب السياسي، ثم صادق الحاضرون على جدول الأعمال.\nتوزع أعضاء اللجنة المركزية بعد الظهر على الورشات الثلاث.\nيوم الأحد 5 فبراير قدم مقررو الورشات تقاريرهم في الجلسة الختامية، وتلتها مناقشة عامة.\nصودق على البيان الختامي وعلى مخطط التجذر بالإجماع، ورُفعت الجلسة على الساعة الواحدة بعد الزوال.",
  opening: {
    title: "الجلسة الافتتاحية",
    date: "2017-02-04",
    startTime: "10:00",
    endTime: "12:30",
    agenda: [
      { title: "افتتاح الأشغال وكلمة ترحيبية", startTime: "10:00", durationMinutes: 15 },
      { title: "تقرير المكتب السياسي", startTime: "10:15", durationMinutes: 60 },
      { title: "المصادقة على جدول أعمال الدورة", startTime: "11:15", durationMinutes: 15 },
      { title: "تقديم التقرير التركيبي لتقييم الانتخابات وتوزيع المشاركين على الورشات", startTime: "11:30", durationMinutes: 60 },
    ],
  },
  closing: {
    title: "الجلسة الختامية",
    date: "2017-02-05",
    startTime: "10:00",
    endTime: "13:00",
    agenda: [
      { title: "تقديم تقارير الورشات الثلاث", startTime: "10:00", durationMinutes: 60 },
      { title: "مناقشة عامة", startTime: "11:00", durationMinutes: 75 },
      { title: "المصادقة على البيان الختامي وعلى مخطط التجذر", startTime: "12:15", durationMinutes: 30 },
      { title: "اختتام الدورة", startTime: "12:45", durationMinutes: 15 },
    ],
  },
  workshopTime: { date: "2017-02-04", startTime: "15:00", endTime: "19:00" },
  workshops: [
    {
      title: "دور ومهام الهيئات الحزبية والمنظمات والقطاعات الموازية",
      theme: "صياغة جديدة لدور ومهام الهيئات الحزبية والمنظمات والقطاعات الموازية",
      questions: [
        "ما آليات العمل الحزبي القائم على القرب؟",
        "كيف نعالج قضايا التنسيق والمواكبة بين الهيئات؟",
        "أي تواصل داخلي وخارجي للهيئات الحزبية؟",
        "كيف ننظم التكوين والتقييم داخل الهيئات؟",
      ],
      room: "القاعة الكبرى",
      agenda: [
        { title: "تقديم ورقة العمل", startTime: "15:00", durationMinutes: 30 },
        { title: "مناقشة الأسئلة المطروحة", startTime: "15:30", durationMinutes: 150 },
        { title: "صياغة التوصيات", startTime: "18:00", durationMinutes: 60 },
      ],
      paperTitle: "ورقة عمل الورشة الأولى: دور ومهام الهيئات الحزبية والمنظمات والقطاعات الموازية",
      paperBody:
        "تقترح هذه الورقة صياغة جديدة لدور الهيئات الحزبية تقوم على القرب من المواطنين، وتنسيق أوثق بين الهيئات الترابية والمنظمات والقطاعات الموازية، ومواكبة منتظمة، وتواصل وتكوين وتقييم دوريين.",
      recommendations: [
        "عقد اجتماعات دورية منتظمة للهيئات الإقليمية والمحلية مع نشر محاضرها.",
        "إحداث خلية للتنسيق بين الهيئات الترابية والمنظمات والقطاعات الموازية في كل جهة.",
        "وضع برنامج سنوي للتكوين يستهدف أعضاء مكاتب الفروع.",
        "اعتماد تقييم سنوي لأداء الهيئات على أساس أهداف واضحة.",
      ],
    },
    {
      title: "الممارسة السياسية والنضال الحزبي في تناغم مع الواقع المجتمعي",
      theme: "سبل بلورة وتملك ممارسة سياسية ونضال حزبي في تناغم مع الواقع المجتمعي",
      questions: [
        "كيف نجدد أساليب العمل السياسي؟",
        "كيف يمكن تحويل التأثير التنظيمي والإشعاع السياسي إلى قوة انتخابية؟",
        "أي صيغ للنضال الحزبي المنطلق من منظومة اليسار بما تقوم عليه من قيم ومبادئ وتوجهات أصيلة؟",
        "كيف تُغنى هذه المنظومة وتتطور وتتأقلم مع المستجدات؟",
      ],
      room: "القاعة 1",
      agenda: [
        { title: "تقديم ورقة العمل", startTime: "15:00", durationMinutes: 30 },
        { title: "مناقشة الأسئلة المطروحة", startTime: "15:30", durationMinutes: 150 },
        { title: "صياغة التوصيات", startTime: "18:00", durationMinutes: 60 },
      ],
      paperTitle: "ورقة عمل الورشة الثانية: الممارسة السياسية والنضال الحزبي في تناغم مع الواقع المجتمعي",
      paperBody:
        "تنطلق الورقة من خلاصات تقييم الانتخابات التشريعية لتطرح سؤال التجديد في أساليب العمل السياسي، وسبل تحويل الإشعاع السياسي والتأثير التنظيمي إلى قوة انتخابية وفية لقيم اليسار.",
      recommendations: [
        "إطلاق مخطط «التجذر» لتقوية حضور الفروع في محيطها.",
        "تأسيس خلايا حزبية وسط المواطنين في الأحياء والقرى.",
        "ربط العمل الانتخابي بعمل ميداني متواصل طوال الولاية.",
      ],
    },
    {
      title: "الحزب قوة اقتراحية للأفكار والبدائل",
      theme: "دور الحزب كقوة اقتراحية للأفكار والبدائل الكفيلة بتقدم المجتمع",
      questions: [
        "ما البدائل التي يقترحها الحزب لتقدم المجتمع؟",
        "ما سبل إشعاع هذه الأفكار والتعريف بها على أوسع نطاق؟",
        "كيف نخلق الاهتمام والتفاعل المطلوب معها؟",
      ],
      room: "القاعة 2",
      agenda: [
        { title: "تقديم ورقة العمل", startTime: "15:00", durationMinutes: 30 },
        { title: "مناقشة الأسئلة المطروحة", startTime: "15:30", durationMinutes: 150 },
        { title: "صياغة التوصيات", startTime: "18:00", durationMinutes: 60 },
      ],
      paperTitle: "ورقة عمل الورشة الثالثة: الحزب قوة اقتراحية للأفكار والبدائل",
      paperBody:
        "تعرض الورقة حصيلة مقترحات الحزب في السياسات العمومية، وتقترح قنوات جديدة لإشعاعها: ندوات موضوعاتية، ومنشورات مبسطة، وحضور أقوى في وسائل التواصل.",
      recommendations: [
        "تنظيم ندوات موضوعاتية جهوية حول مقترحات الحزب.",
        "إصدار منشورات مبسطة تعرف ببدائل الحزب في القضايا الاجتماعية والاقتصادية.",
        "تقوية حضور الحزب في وسائل التواصل الحديثة.",
      ],
    },
  ] satisfies WorkshopText[],
  papers: { assignedAt: "2016-12-19T12:00:00Z", dueOn: "2017-01-25", versionAt: "2017-01-24T18:00:00Z", reviewedAt: "2017-01-30T11:00:00Z" },
  // Morocco kept UTC+0 in winter until October 2018
  meetings: [
    { city: "أكادير", startsAt: "2017-01-14T15:00:00+00:00", venue: "مقر الحزب بأكادير", theme: "الحزب والمجتمع" },
    { city: "الدار البيضاء", startsAt: "2017-01-21T15:00:00+00:00", venue: "مقر الحزب بالدار البيضاء", theme: "مشروع اليسار في مغرب اليوم" },
    { city: "الرباط", startsAt: "2017-01-28T10:00:00+00:00", venue: "المقر الوطني للحزب بالرباط", theme: "طرق العمل الحزبي في قطاع الاقتصاد والعمل التضامني" },
  ],
};

// open now: the 9th session's dates are as seen on DEMO_DAY (2026-11-23, db/seed/today.ts); the
// seed moves them to its own day (db/seed/sessions.ts ninthSessionOn)
export const ninthSession = {
  ordinal: 9,
  title: "الدورة التاسعة للجنة المركزية",
  startsOn: "2027-03-06",
  endsOn: "2027-03-07",
  venue: "المقر الوطني للحزب بالرباط",
  city: "الرباط",
  description: "دورة مخصصة لتقييم حصيلة مخطط التجذر والتحضير للاستحقاقات المقبلة، في صيغة جلستين عامتين وثلاث ورشات موازية.",
  opening: {
    title: "الجلسة الافتتاحية",
    date: "2027-03-06",
    startTime: "10:00",
    endTime: "12:30",
    agenda: [
      { title: "افتتاح الأشغال", startTime: "10:00", durationMinutes: 15 },
      { title: "تقرير المكتب السياسي", startTime: "10:15", durationMinutes: 75 },
      { title: "المصادقة على جدول الأعمال وتوزيع المشاركين على الورشات", startTime: "11:30", durationMinutes: 30 },
    ],
  },
  closing: {
    title: "الجلسة الختامية",
    date: "2027-03-07",
    startTime: "10:00",
    endTime: "13:00",
    agenda: [
      { title: "تقارير الورشات", startTime: "10:00", durationMinutes: 60 },
      { title: "مناقشة عامة", startTime: "11:00", durationMinutes: 90 },
      { title: "المصادقة على البيان الختامي", startTime: "12:30", durationMinutes: 30 },
    ],
  },
  workshopTime: { date: "2027-03-06", startTime: "15:00", endTime: "18:30" },
  workshops: [
    {
      title: "حصيلة مخطط التجذر وآفاقه",
      theme: "تقييم تنزيل مخطط التجذر في الأقاليم والفروع المحلية",
      questions: [
        "ما الذي تحقق من أهداف إعادة هيكلة الفروع وتجديدها؟",
        "كيف نوسع تأسيس الخلايا وسط المواطنين؟",
        "أي مواكبة للمكونين في الأقاليم؟",
      ],
      room: "القاعة الكبرى",
      agenda: [
        { title: "تقديم ورقة العمل", startTime: "15:00", durationMinutes: 30 },
        { title: "عرض معطيات التغطية حسب الجهات", startTime: "15:30", durationMinutes: 30 },
        { title: "مناقشة وصياغة التوصيات", startTime: "16:00", durationMinutes: 150 },
      ],
      paperTitle: "ورقة عمل الورشة الأولى: حصيلة مخطط التجذر وآفاقه",
      paperBody: "مسودة أولى: تعرض الورقة أرقام إعادة الهيكلة وتأسيس الخلايا حسب الجهات، وتقترح أهدافًا للسنتين المقبلتين.",
    },
    {
      title: "التحضير للاستحقاقات الانتخابية المقبلة",
      theme: "تحويل الحضور الميداني إلى قوة انتخابية",
      questions: [
        "كيف نختار المرشحات والمرشحين ونواكبهم؟",
        "أي برنامج انتخابي ينطلق من حاجات المواطنين؟",
        "كيف نعبئ الخلايا والفروع في الحملة؟",
      ],
      room: "القاعة 1",
      agenda: [
        { title: "تقديم ورقة العمل", startTime: "15:00", durationMinutes: 30 },
        { title: "مناقشة الأسئلة المطروحة", startTime: "15:30", durationMinutes: 120 },
        { title: "صياغة التوصيات", startTime: "17:30", durationMinutes: 60 },
      ],
      paperTitle: "ورقة عمل الورشة الثانية: التحضير للاستحقاقات الانتخابية المقبلة",
    },
    {
      title: "التواصل والإشعاع في زمن المنصات الرقمية",
      theme: "تجديد أدوات التواصل الحزبي والتعريف بمقترحات الحزب",
      questions: [
        "كيف نصل إلى الشباب حيث هم؟",
        "أي تنسيق بين التواصل الوطني والجهوي والمحلي؟",
      ],
      room: "القاعة 2",
      agenda: [
        { title: "تقديم ورقة العمل", startTime: "15:00", durationMinutes: 30 },
        { title: "تجارب من الفروع", startTime: "15:30", durationMinutes: 60 },
        { title: "مناقشة وصياغة التوصيات", startTime: "16:30", durationMinutes: 120 },
      ],
      paperTitle: "ورقة عمل الورشة الثالثة: التواصل والإشعاع في زمن المنصات الرقمية",
    },
  ] satisfies WorkshopText[],
  // assigned two and three weeks before DEMO_DAY; the third one is already late on DEMO_DAY
  papers: [
    { status: "draft" as const, assignedOn: "2026-11-09", dueOn: "2026-12-15" },
    { status: "assigned" as const, assignedOn: "2026-11-09", dueOn: "2027-01-10" },
    { status: "assigned" as const, assignedOn: "2026-11-02", dueOn: "2026-11-20" },
  ],
  // a Moroccan date and wall-clock time: the seed reads the offset for the day it lands on
  meetings: [{ city: "فاس", date: "2027-01-23", time: "15:00", venue: "مقر الحزب بفاس", theme: "الشباب والعمل السياسي: أي انخراط؟" }],
};

/**
 * The 9th session's dates on the seed's calendar: its days, sittings and workshops, its papers'
 * assignment and due dates, its thematic meeting (at its Moroccan wall-clock time on the moved day).
 */
export function ninthSessionOn(today: string = seedToday()) {
  const s = ninthSession;
  const day = (date: string) => onSeedDay(date, today);
  return {
    ...s,
    startsOn: day(s.startsOn),
    endsOn: day(s.endsOn),
    opening: { ...s.opening, date: day(s.opening.date) },
    closing: { ...s.closing, date: day(s.closing.date) },
    workshopTime: { ...s.workshopTime, date: day(s.workshopTime.date) },
    papers: s.papers.map((paper) => ({ ...paper, assignedAt: instantOnSeedDay(paper.assignedOn, "13:00", today), dueOn: day(paper.dueOn) })),
    meetings: s.meetings.map((m) => ({ ...m, startsAt: instantOnSeedDay(m.date, m.time, today) })),
  };
}
