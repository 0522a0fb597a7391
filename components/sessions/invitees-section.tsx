import { UserMinus } from "lucide-react";
import Link from "next/link";
import { AddInviteeForm } from "@/components/sessions/add-invitee-form-lazy";
import { memberPickerLabels } from "@/components/members/picker-labels";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { KeysetPagination, listHref } from "@/components/ui/pagination";
import { PlainActionForm } from "@/components/ui/plain-action-form";
import { Table, Td, Th } from "@/components/ui/table";
import type { InvitationAnswer } from "@/db/schema/sessions";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDateTime, plural } from "@/lib/i18n/format";
import { removeInvitee } from "@/lib/sessions/invitation-actions";
import type { SessionInvitees } from "@/lib/sessions/invitation-queries";

const tone: Record<InvitationAnswer, string> = {
  none: "bg-stone-100 text-stone-800",
  attending: "bg-brand-100 text-brand-900",
  excused: "bg-amber-100 text-amber-950",
};

/**
 * What the Bureau sees of a session's invitations: the answers counted (with Arabic plural
 * agreement), one page of the list filtered by answer, and — while the list may change — the
 * member picker to add someone and a button to take someone off.
 */
export function InviteesSection({ data, answer, t, locale }: { data: SessionInvitees; answer: InvitationAnswer | null; t: Dictionary; locale: Locale }) {
  const i = t.invitations;
  const { session, counts } = data;
  const base = `/sessions/${session.id}`;
  const editable = session.status === "draft" || session.status === "convened";
  const hrefWith = (params: { answer?: string | null; after?: string | null; before?: string | null }) => `${listHref(base, params)}#invitees`;
  const filters: { value: InvitationAnswer | null; label: string }[] = [
    { value: null, label: `${i.all} (${plural(data.total, i.invitees, locale)})` },
    { value: "attending", label: plural(counts.attending, i.attendingCount, locale) },
    { value: "excused", label: plural(counts.excused, i.excusedCount, locale) },
    { value: "none", label: plural(counts.none, i.noneCount, locale) },
  ];
  return (
    <Card>
      <p className="mb-3 text-sm text-stone-700">{session.status === "draft" ? i.draftHint : editable ? i.convenedHint : null}</p>
      <nav aria-label={i.counts} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {filters.map((f) => (
            <li key={f.value ?? "all"}>
              <Link
                href={hrefWith({ answer: f.value })}
                aria-current={answer === f.value ? "page" : undefined}
                className={buttonClass(answer === f.value ? "primary" : "secondary", "sm")}
              >
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {data.rows.length ? (
        <Table caption={i.caption}>
          <thead>
            <tr>
              <Th>{i.member}</Th>
              <Th>{i.answer}</Th>
              {editable ? <Th><span className="sr-only">{i.actions}</span></Th> : null}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.id}>
                <Td>
                  <span className="font-medium text-stone-900">{row.fullNameAr}</span>
                  <span className="block text-xs text-stone-600 tabular-nums">
                    {row.memberNumber}
                    {row.hasAccount ? null : ` · ${i.noAccount}`}
                  </span>
                </Td>
                <Td>
                  <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${tone[row.answer]}`}>{i.answered[row.answer]}</span>
                  {row.answer === "excused" && row.reason ? <span className="mt-1 block text-sm text-stone-700">{row.reason}</span> : null}
                  {row.answeredAt ? <span className="mt-1 block text-xs text-stone-600">{formatDateTime(row.answeredAt, locale)}</span> : null}
                  {row.invitedAt ? null : <span className="mt-1 block text-xs text-stone-600">{i.notInvitedYet}</span>}
                </Td>
                {editable ? (
                  <Td>
                    {session.status === "draft" || !row.invitedAt ? (
                      <PlainActionForm action={removeInvitee}>
                        <input type="hidden" name="invitationId" value={row.id} />
                        <button type="submit" aria-label={fill(i.remove, { name: row.fullNameAr })} className={buttonClass("ghost", "sm")}>
                          <UserMinus aria-hidden="true" size={16} />
                        </button>
                      </PlainActionForm>
                    ) : null}
                  </Td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p className="text-sm text-stone-600">{i.empty}</p>
      )}
      <KeysetPagination
        firstHref={data.hasPrevious ? hrefWith({ answer }) : null}
        previousHref={data.hasPrevious ? hrefWith({ answer, before: data.previousCursor }) : null}
        nextHref={data.hasNext ? hrefWith({ answer, after: data.nextCursor }) : null}
        labels={{ first: t.common.first, previous: t.common.previous, next: t.common.next, nav: i.pagination }}
      />
      {editable ? (
        <div className="mt-4 border-t border-stone-100 pt-4">
          <AddInviteeForm sessionId={session.id} labels={{ member: i.addLabel, add: i.add, hint: i.addHint }} picker={memberPickerLabels(t, locale)} />
        </div>
      ) : null}
    </Card>
  );
}
