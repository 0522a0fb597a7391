import { Clock, DoorOpen } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { formatDate } from "@/lib/i18n/format";
import { sessionName, timeRange, workshopName } from "@/lib/sessions/format";
import type { MemberWorkshop } from "@/lib/sessions/workshop-queries";

/** The member's workshops with their day, time, room and the member's part in each. */
export function MemberWorkshopList({ rows, t, locale }: { rows: MemberWorkshop[]; t: Dictionary["sessions"]; locale: Locale }) {
  return (
    <ul className="grid grid-cols-1 gap-3 md:grid-cols-2">
      {rows.map((w) => (
        <li key={w.id} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
          <p className="text-sm text-stone-600">
            {sessionName(t, w.ordinal)} · {workshopName(t, w.number)}
          </p>
          <p className="font-semibold text-stone-900">
            <Link href={`/sessions/${w.sessionId}/workshops/${w.id}`} className="underline-offset-4 hover:underline">
              {w.title}
            </Link>
          </p>
          <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-700">
            <span className="inline-flex items-center gap-1.5">
              <Clock aria-hidden="true" size={16} />
              {formatDate(w.date, locale)}
            </span>
            <span className="tabular-nums">{timeRange(t, w.startTime, w.endTime)}</span>
            {w.room ? (
              <span className="inline-flex items-center gap-1.5">
                <DoorOpen aria-hidden="true" size={16} />
                {w.room}
              </span>
            ) : null}
          </p>
          <p className="mt-2 flex flex-wrap gap-1">
            {w.roles.map((role) => (
              <Badge key={role} tone={role === "participant" ? "neutral" : "green"}>
                {t.roles[role]}
              </Badge>
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}
