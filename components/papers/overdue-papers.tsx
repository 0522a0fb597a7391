import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { formatDate, todayInMorocco, plural, formatList } from "@/lib/i18n/format";
import { dueState } from "@/lib/papers/due";
import { overduePapers } from "@/lib/papers/queries";
import { can } from "@/lib/permissions";

/** The Bureau's dashboard section: working papers past their due date and not yet submitted. */
export async function OverduePapers({ viewer }: { viewer: CurrentUser }) {
  if (!can(viewer, "paper.review")) return null;
  const today = todayInMorocco();
  const [{ locale, t }, rows] = await Promise.all([getDictionary(), overduePapers(viewer, 8, today)]);
  const p = t.papers;
  return (
    <Card aria-labelledby="overdue-papers">
      <CardTitle
        action={
          <ButtonLink href="/assignments" variant="secondary" size="sm">
            {p.overdueSection.viewAll}
          </ButtonLink>
        }
      >
        <span id="overdue-papers">{p.overdueSection.title}</span>
      </CardTitle>
      {rows.length === 0 ? (
        <p className="text-stone-600">{p.overdueSection.none}</p>
      ) : (
        <ul className="divide-y divide-stone-100">
          {rows.map((row) => {
            const state = dueState(row.dueOn, row.status, today);
            return (
              <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <div className="min-w-0">
                  <Link href={`/assignments/${row.id}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                    {row.title}
                  </Link>
                  <p className="text-sm text-stone-600">
                    {row.sessionTitle} · {formatList(row.assignees, locale)} · {formatDate(row.dueOn, locale)}
                  </p>
                </div>
                {state.kind === "overdue" ? <Badge tone="red">{plural(state.days, p.overdueBy, locale)}</Badge> : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
