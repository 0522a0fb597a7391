import { TriangleAlert, UserMinus } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { workshopName } from "@/lib/sessions/format";
import { removeParticipant } from "@/lib/sessions/workshop-actions";
import type { ParticipantRow } from "@/lib/sessions/workshop-queries";
import { PlainActionForm } from "@/components/ui/plain-action-form";

/**
 * The workshop's participants; a member also placed in a workshop at an overlapping time carries
 * an amber badge naming it. With `workshopId`, each line has a button to withdraw the member.
 */
export function ParticipantList({ rows, t, workshopId }: { rows: ParticipantRow[]; t: Dictionary["sessions"]; workshopId?: number }) {
  const p = t.participants;
  if (!rows.length) return <p className="text-sm text-stone-600">{p.empty}</p>;
  // the committee badge tells people apart only when the list mixes both
  const mixed = rows.some((r) => r.committee) && rows.some((r) => !r.committee);
  return (
    <ul aria-label={p.caption} className="divide-y divide-stone-100">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
            <span className="font-medium text-stone-900">{row.fullNameAr}</span>
            {mixed && row.committee ? <span className="rounded-full bg-brand-100 px-2 py-0.5 text-xs font-medium text-brand-900">{t.picker.committee}</span> : null}
            {row.overlaps.map((o) => (
              <span key={o.workshopId} className="inline-flex items-center gap-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-950">
                <TriangleAlert aria-hidden="true" size={14} />
                {fill(p.overlapBadge, { workshop: `${workshopName(t, o.number)} «${o.title}»` })}
              </span>
            ))}
          </div>
          {workshopId ? (
            <PlainActionForm action={removeParticipant}>
              <input type="hidden" name="workshopId" value={workshopId} />
              <input type="hidden" name="memberId" value={row.id} />
              <button type="submit" aria-label={fill(p.remove, { name: row.fullNameAr })} className={buttonClass("ghost", "sm")}>
                <UserMinus aria-hidden="true" size={16} />
                <span className="hidden sm:inline">{p.removeShort}</span>
              </button>
            </PlainActionForm>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
