import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { PaperListFilters } from "@/lib/papers/queries";
import { paperStatuses } from "@/lib/papers/schemas";

const controlClass = "block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base text-stone-900 shadow-xs";

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
    </div>
  );
}

/** The Bureau's filters: a GET form, so each choice has its own address and needs no script. */
export function PaperFilters({ filters, sessions, t, all }: { filters: PaperListFilters; sessions: { id: number; title: string }[]; t: Dictionary["papers"]; all: string }) {
  return (
    <form method="get" action="/assignments" aria-label={t.filters.title} className="mb-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="paper-session" label={t.filters.session}>
          <select id="paper-session" name="session" defaultValue={filters.sessionId ?? ""} className={controlClass}>
            <option value="">{all}</option>
            {sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </Field>
        <Field id="paper-status" label={t.filters.status}>
          <select id="paper-status" name="status" defaultValue={filters.status ?? ""} className={controlClass}>
            <option value="">{all}</option>
            {paperStatuses.map((status) => (
              <option key={status} value={status}>
                {t.status[status]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="submit" className={buttonClass("primary", "md")}>
          {t.filters.submit}
        </button>
        <Link href="/assignments" className={buttonClass("secondary", "md")}>
          {t.filters.reset}
        </Link>
      </div>
    </form>
  );
}
