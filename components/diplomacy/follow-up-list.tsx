import { Pencil } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { setFollowUpStatus } from "@/lib/diplomacy/agreement-actions";
import type { FollowUpRow } from "@/lib/diplomacy/agreement-queries";
import type { FollowUpStatus } from "@/lib/diplomacy/schemas";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDate } from "@/lib/i18n/format";

// a plain <form> posts the action with no previous state; the page is revalidated with the answer
const postStatus = setFollowUpStatus.bind(null, null) as unknown as (formData: FormData) => Promise<void>;

const statusTone = { open: "amber", done: "green", cancelled: "neutral" } as const;

function StatusButton({ id, to, label, name }: { id: number; to: FollowUpStatus; label: string; name: string }) {
  return (
    <form action={postStatus}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="status" value={to} />
      <button type="submit" aria-label={name} className={buttonClass(to === "done" ? "primary" : "secondary", "sm")}>
        {label}
      </button>
    </form>
  );
}

/** An agreement's follow-up actions: who owns each, by when, and its state; overdue ones are marked. */
export function FollowUpList({
  rows,
  agreementId,
  today,
  locale,
  t,
  canManage,
}: {
  rows: FollowUpRow[];
  agreementId: number;
  today: string;
  locale: Locale;
  t: Dictionary["diplomacy"];
  canManage: boolean;
}) {
  const f = t.followUps;
  const o = t.overdue;
  return (
    <ul aria-label={f.caption} className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white shadow-sm">
      {rows.map((row) => {
        const overdue = row.status === "open" && row.dueOn < today;
        return (
          <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
            <div className="min-w-0 flex-1 basis-64 space-y-1.5">
              <p className="font-medium text-stone-900">{row.title}</p>
              {row.notes ? <p className="text-sm text-stone-600">{row.notes}</p> : null}
              <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
                <span>{row.ownerName ? fill(o.owner, { name: row.ownerName }) : o.noOwner}</span>
                <span>{fill(o.due, { date: formatDate(row.dueOn, locale) })}</span>
                {row.status === "done" && row.doneOn ? <span>{fill(f.doneOn, { date: formatDate(row.doneOn, locale) })}</span> : null}
              </p>
              <div className="flex flex-wrap gap-2">
                <Badge tone={statusTone[row.status]}>{t.followUpStatus[row.status]}</Badge>
                {overdue ? <Badge tone="red">{f.overdue}</Badge> : null}
              </div>
            </div>
            {canManage ? (
              <div className="flex flex-wrap items-center gap-2">
                {row.status === "open" ? (
                  <>
                    <StatusButton id={row.id} to="done" label={f.markDone} name={fill(f.markDoneOf, { title: row.title })} />
                    <StatusButton id={row.id} to="cancelled" label={f.markCancelled} name={fill(f.markCancelledOf, { title: row.title })} />
                  </>
                ) : (
                  <StatusButton id={row.id} to="open" label={f.reopen} name={fill(f.reopenOf, { title: row.title })} />
                )}
                <Link
                  href={`/diplomacy/agreements/${agreementId}/follow-ups/${row.id}/edit`}
                  aria-label={`${f.edit}: ${row.title}`}
                  className="inline-flex size-9 items-center justify-center rounded-lg border border-stone-300 bg-white text-stone-700 hover:bg-stone-100"
                >
                  <Pencil aria-hidden="true" size={16} />
                </Link>
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
