import "server-only";
import { getParty } from "@/lib/settings/queries";
import { dictionaryFor } from "@/lib/i18n";
import type { CalendarEvent } from "./events";
import { ICS_PRODUCT, toIcs } from "./ics";
import { toId } from "@/lib/validation";
import { downloadResponse } from "@/lib/http/download";

export { ICS_PRODUCT };

/** An .ics answer: private, never cached by a shared cache, named for download when asked. */
export async function icsResponse(events: CalendarEvent[], request: Request, filename?: string): Promise<Response> {
  const party = await getParty();
  const t = dictionaryFor("ar");
  const body = toIcs(events, { name: `${t.calendar.title} — ${party.shortAr}`, origin: new URL(request.url).origin, product: ICS_PRODUCT });
  return downloadResponse({
    body,
    type: "text/calendar; charset=utf-8",
    name: filename,
    headers: { "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex" },
  });
}

/** `12.ics` → 12; anything else → NaN. */
export function idFromIcsName(name: string): number | null {
  const match = /^(\d{1,10})\.ics$/.exec(name);
  return match ? toId(match[1]) : null;
}
