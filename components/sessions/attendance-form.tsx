"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import type { FormState } from "@/components/ui/form";
import { Table, Td, Th } from "@/components/ui/table";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { recordAttendance } from "@/lib/sessions/outcome-actions";
import { ATTENDANCE_FIELD, attendanceStatuses, type AttendanceStatus } from "@/lib/sessions/values";

export interface AttendanceLine {
  id: number;
  fullNameAr: string;
  fullNameLatin: string | null;
  memberNumber: string;
  status: AttendanceStatus | null;
  /** Their answer to the session's invitation, if any: an excuse prefills "excused". */
  answer: "none" | "attending" | "excused" | null;
  reason: string | null;
}

/** What the sheet starts from: what was recorded, else an excuse given beforehand. */
const initialStatus = (row: AttendanceLine): AttendanceStatus | null => row.status ?? (row.answer === "excused" ? "excused" : null);

/** One page of the sheet: a radio group per member, all saved together by one action. */
export function AttendanceForm({
  sittingId,
  rows,
  t,
  said,
}: {
  sittingId: number;
  rows: AttendanceLine[];
  t: Dictionary["sessions"]["attendance"];
  said: { attending: string; excused: string };
}) {
  const [state, formAction, pending] = useActionState(recordAttendance as (s: FormState, p: FormData) => Promise<FormState>, { ok: false } as FormState);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="sittingId" value={sittingId} />
      <div aria-live="polite" className="empty:hidden">
        {state.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      </div>
      <Table caption={t.caption}>
        <thead>
          <tr>
            <Th>{t.member}</Th>
            <Th>{t.statusColumn}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <Td>
                <span className="font-medium text-stone-900">{row.fullNameAr}</span>
                <span className="block text-xs text-stone-500 tabular-nums">
                  {row.memberNumber}
                </span>
                {row.answer === "attending" || row.answer === "excused" ? (
                  <span className="mt-1 block text-xs text-stone-700">
                    {said[row.answer]}
                    {row.answer === "excused" && row.reason ? `: ${row.reason}` : null}
                  </span>
                ) : null}
              </Td>
              <Td>
                <fieldset>
                  <legend className="sr-only">{row.fullNameAr}</legend>
                  <div className="flex flex-wrap gap-x-4 gap-y-1">
                    {attendanceStatuses.map((status) => (
                      <label key={status} className="inline-flex min-h-9 items-center gap-1.5 text-sm">
                        <input type="radio" name={`${ATTENDANCE_FIELD}${row.id}`} value={status} defaultChecked={initialStatus(row) === status} className="size-4 accent-brand-700" />
                        {t.statuses[status]}
                      </label>
                    ))}
                  </div>
                </fieldset>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="text-sm text-stone-600">{t.pageHint}</p>
      <button type="submit" disabled={pending} className={buttonClass("primary", "md")}>
        {t.save}
      </button>
    </form>
  );
}
