/**
 * Party diplomacy demo data, from seeds 000 (the eighth National Congress and its foreign guests)
 * and 002 (the 7 April 2025 cooperation agreement with a Peruvian party). The parties are real
 * organisations of the countries the seeds name; every person's name is invented.
 */

export interface PartnerPartyText {
  key: string;
  nameOriginal: string;
  nameAr: string;
  country: string;
  orientation: string;
  relationsSince?: string;
}

export const partnerPartyTexts: PartnerPartyText[] = [
  { key: "ffs", nameOriginal: "Front des Forces Socialistes", nameAr: "جبهة القوى الاشتراكية", country: "DZ", orientation: "اشتراكية ديمقراطية" },
  { key: "mds", nameOriginal: "Mouvement Démocratique et Social", nameAr: "الحركة الديمقراطية والاجتماعية", country: "DZ", orientation: "يسار" },
  { key: "pt-dz", nameOriginal: "Parti des Travailleurs", nameAr: "حزب العمال", country: "DZ", orientation: "يسار" },
  { key: "ufp", nameOriginal: "Union des Forces de Progrès", nameAr: "اتحاد قوى التقدم", country: "MR", orientation: "يسار" },
  { key: "ettajdid", nameOriginal: "Mouvement Ettajdid", nameAr: "حركة التجديد", country: "TN", orientation: "يسار" },
  { key: "ettakatol", nameOriginal: "Forum Démocratique pour le Travail et les Libertés", nameAr: "التكتل الديمقراطي من أجل العمل والحريات", country: "TN", orientation: "اشتراكية ديمقراطية" },
  { key: "ppp", nameOriginal: "Palestinian People's Party", nameAr: "حزب الشعب الفلسطيني", country: "PS", orientation: "يسار" },
  { key: "fatah", nameOriginal: "Fatah", nameAr: "حركة التحرير الوطني الفلسطيني (فتح)", country: "PS", orientation: "حركة تحرر وطني" },
  { key: "dflp", nameOriginal: "Democratic Front for the Liberation of Palestine", nameAr: "الجبهة الديمقراطية لتحرير فلسطين", country: "PS", orientation: "يسار" },
  { key: "lcp", nameOriginal: "Lebanese Communist Party", nameAr: "الحزب الشيوعي اللبناني", country: "LB", orientation: "يسار" },
  { key: "icp", nameOriginal: "Iraqi Communist Party", nameAr: "الحزب الشيوعي العراقي", country: "IQ", orientation: "يسار" },
  { key: "scp", nameOriginal: "Syrian Communist Party", nameAr: "الحزب الشيوعي السوري", country: "SY", orientation: "يسار" },
  { key: "mpla", nameOriginal: "Movimento Popular de Libertação de Angola", nameAr: "الحركة الشعبية لتحرير أنغولا", country: "AO", orientation: "يسار" },
  { key: "pit", nameOriginal: "Parti de l'Indépendance et du Travail", nameAr: "حزب الاستقلال والعمل", country: "SN", orientation: "يسار" },
  { key: "cpc", nameOriginal: "中国共产党", nameAr: "الحزب الشيوعي الصيني", country: "CN", orientation: "يسار" },
  { key: "cpv", nameOriginal: "Đảng Cộng sản Việt Nam", nameAr: "الحزب الشيوعي الفيتنامي", country: "VN", orientation: "يسار" },
  { key: "akel", nameOriginal: "Ανορθωτικό Κόμμα Εργαζόμενου Λαού (ΑΚΕΛ)", nameAr: "حزب الشعب العامل التقدمي (أكيل)", country: "CY", orientation: "يسار" },
  { key: "syriza", nameOriginal: "Συνασπισμός Ριζοσπαστικής Αριστεράς", nameAr: "ائتلاف اليسار الراديكالي", country: "GR", orientation: "يسار" },
  { key: "jcp", nameOriginal: "日本共産党", nameAr: "الحزب الشيوعي الياباني", country: "JP", orientation: "يسار" },
  { key: "pcf", nameOriginal: "Parti communiste français", nameAr: "الحزب الشيوعي الفرنسي", country: "FR", orientation: "يسار" },
  { key: "pce", nameOriginal: "Partido Comunista de España", nameAr: "الحزب الشيوعي الإسباني", country: "ES", orientation: "يسار" },
  // seed 002: the Peruvian partner of the 7 April 2025 agreement
  { key: "fp", nameOriginal: "Fuerza Popular", nameAr: "حزب القوة الشعبية", country: "PE", orientation: "يمين", relationsSince: "2025-04-07" },
];

// The seed gives neither the dates nor the venue of the eighth congress: these are the lead's to confirm.
export const eighthCongress = {
  kind: "congress" as const,
  ordinal: 8,
  title: "المؤتمر الوطني الثامن",
  startsOn: "2010-05-28",
  endsOn: "2010-05-30",
  venue: "المركب الدولي مولاي رشيد للشباب والطفولة",
  city: "بوزنيقة",
  description:
    "حضره أزيد من عشرين وفدًا أجنبيًا مثلوا أحزابًا من مختلف مناطق العالم، فتحول المؤتمر إلى محفل سياسي تقدمي أممي. انخرط الضيوف في نقاشات سياسية مع قياديي الحزب، على رأسهم الأمين العام، ومع وزراء الحزب، وألقوا كلمات أمام المؤتمرين.",
};

export interface DelegationText {
  party: string;
  head: string;
  members: string[];
  spoke: boolean;
  notes?: string;
}

export const congressDelegations: DelegationText[] = [
  { party: "ffs", head: "رشيد بن سالم", members: ["كريم أوصديق", "نادية حمادي"], spoke: true, notes: "حضور قائد تاريخي للحزب، لقي تحية خاصة من المؤتمرين." },
  { party: "mds", head: "مراد زروقي", members: ["سليمة بوعلام"], spoke: true },
  { party: "pt-dz", head: "فاطمة الزهراء قاسمي", members: ["عمر بلحاج"], spoke: false },
  { party: "ufp", head: "محمد ولد أحمدو", members: ["الشيخ ولد سيدي"], spoke: true },
  { party: "ettajdid", head: "هشام الطرابلسي", members: ["منية الجلاصي"], spoke: true },
  { party: "ettakatol", head: "سامي بن عمر", members: [], spoke: false },
  { party: "ppp", head: "خالد أبو زيد", members: ["ليلى حمدان"], spoke: true },
  { party: "fatah", head: "ياسر الخطيب", members: ["سامر عودة"], spoke: true },
  { party: "dflp", head: "نبيل الشامي", members: [], spoke: true },
  { party: "lcp", head: "جورج حداد", members: ["ريما نصار"], spoke: true, notes: "طلب من الحزب بلورة مبادرة تجميعية في اتجاه اليسار العربي." },
  { party: "icp", head: "سلام الجبوري", members: ["حيدر الكاظمي"], spoke: true },
  { party: "scp", head: "بسام العلي", members: [], spoke: true },
  { party: "mpla", head: "João Miguel Tavares", members: ["Luísa Fernandes"], spoke: true },
  { party: "pit", head: "Mamadou Diallo", members: ["Awa Ndiaye"], spoke: true },
  { party: "cpc", head: "Wang Jianping", members: ["Li Xiaomei", "Zhao Wei"], spoke: true },
  { party: "cpv", head: "Nguyễn Văn Thành", members: ["Trần Thị Lan"], spoke: true },
  { party: "akel", head: "Andreas Georgiou", members: [], spoke: true },
  { party: "syriza", head: "Nikos Papadakis", members: ["Eleni Kostopoulou"], spoke: false },
  { party: "jcp", head: "Takeshi Yamada", members: ["Yuko Sato"], spoke: true },
  { party: "pcf", head: "Michel Laurent", members: ["Claire Dubois"], spoke: true },
  { party: "pce", head: "Javier Morales", members: ["Carmen Ruiz"], spoke: true },
];

export const peruAgreement = {
  title: "اتفاقية تعاون مع حزب القوة الشعبية البيروفي",
  signedOn: "2025-04-07",
  place: "المقر المركزي للحزب بالرباط",
  signatories: ["الأمين العام للحزب", "رئيسة حزب القوة الشعبية"],
  aims: [
    "توطيد العلاقات الثنائية على المستوى الحزبي",
    "تطوير آليات التنسيق السياسي وتنسيق المواقف بشأن القضايا ذات الاهتمام المشترك",
    "دعم الوحدة الترابية للمملكة المغربية والدفاع عن السيادة الوطنية لكلا البلدين",
    "تضافر الجهود لمواجهة التحديات المشتركة على الصعيد الاقتصادي والاجتماعي والبيئي",
    "تنسيق الجهود في المحافل الدولية وتوسيع شبكة الدعم لقضية الصحراء المغربية في أمريكا اللاتينية",
    "تبادل الخبرات في التنمية المستدامة ومواجهة التغيرات المناخية وتقليص الفوارق الاجتماعية",
  ],
  notes: "وُقّعت عقب لقاء موسع بالمقر، وُصفت مباحثاته بالمثمرة والبناءة، في أول زيارة لرئيسة الحزب البيروفي إلى المغرب.",
  followUps: [
    // due months after the signing and still open: overdue on the Bureau's dashboard, whatever the day
    { title: "إعداد برنامج عمل مشترك لتفعيل الاتفاقية", dueOn: "2025-10-31", notes: "يُعرض على المكتب السياسي قبل إرساله إلى الحزب الشريك.", upcoming: false },
    // four months after DEMO_DAY (db/seed/today.ts): the seed moves it to its day, so it is never overdue
    { title: "تنظيم لقاء لتبادل الخبرات حول التنمية المستدامة والتغيرات المناخية", dueOn: "2027-03-31", notes: null, upcoming: true },
  ],
};

export const demoMeetings = [
  {
    date: "2025-04-07",
    place: "المقر المركزي للحزب بالرباط",
    received: true,
    parties: ["fp"],
    ourParticipants: ["الأمين العام للحزب", "سعاد الإدريسي، عضوة المكتب السياسي", "عبد الرحيم بنعلي، عضو المكتب السياسي"],
    theirParticipants: ["رئيسة حزب القوة الشعبية", "Carlos Mendoza", "Rosa Quispe"],
    topics: "سبل تعزيز علاقات التعاون بين الحزبين، وتنسيق المواقف بشأن القضايا ذات الاهتمام المشترك، وفي مقدمتها الدفاع عن السيادة الوطنية لكلا البلدين.",
    outcome: "توقيع اتفاقية تعاون رسمية بين الحزبين، وتجديد الحزب البيروفي موقفه الداعم لسيادة المغرب على أقاليمه الجنوبية.",
  },
  {
    date: "2025-02-18",
    place: "المقر المركزي للحزب بالرباط",
    received: true,
    parties: ["ppp"],
    ourParticipants: ["الأمين العام للحزب", "يوسف العلمي، عضو المكتب السياسي"],
    theirParticipants: ["خالد أبو زيد", "ليلى حمدان"],
    topics: "الوضع في فلسطين والتضامن مع الشعب الفلسطيني، وتنسيق المبادرات في المحافل الإقليمية.",
    outcome: "الاتفاق على لقاء سنوي بين قيادتي الحزبين.",
  },
  {
    date: "2024-09-14",
    place: "باريس",
    received: false,
    parties: ["pcf"],
    ourParticipants: ["حنان بوزيد، عضوة المكتب السياسي", "محمد أمين الشرقاوي، مسؤول العلاقات الخارجية"],
    theirParticipants: ["Michel Laurent", "Claire Dubois"],
    topics: "العلاقات الثنائية، وأوضاع الجالية المغربية في فرنسا، والحوار اليساري والتقدمي على المستوى الأورو متوسطي.",
    outcome: "دعوة وفد من الحزب الفرنسي إلى التظاهرة المقبلة للحزب.",
  },
];
