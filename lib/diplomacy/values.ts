// The values the forms and the schemas share, without zod: a client component imports them from
// here, since importing anything from schemas.ts brings zod (about 28 kB gzip) into its page.

export const partyEventKinds = ["congress", "conference", "festival", "anniversary", "other"] as const;
// الزيارات واللقاءات: received at headquarters, or a visit abroad
export const meetingPlaces = ["received", "abroad"] as const;
