import { CalendarPlus } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { icsHref } from "./labels";

/**
 * "Add to calendar" on an event's own page: a plain link that downloads the event's .ics (no
 * client JavaScript), which the phone or computer opens in its calendar app. The file answers only
 * whoever may see the event (app/api/calendar/event). The icon has no direction, so nothing needs
 * mirroring in RTL.
 */
export function AddToCalendarLink({ type, id, label }: { type: string; id: number; label: string }) {
  return (
    <a href={icsHref(type, id)} download={`${type}-${id}.ics`} className={buttonClass("secondary", "md")}>
      <CalendarPlus aria-hidden="true" size={18} />
      {label}
    </a>
  );
}
