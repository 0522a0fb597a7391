import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { overdueFollowUps } from "@/lib/diplomacy/queries";
import { fill, getDictionary } from "@/lib/i18n";
import { formatDate, formatNumber, todayInMorocco } from "@/lib/i18n/format";
import { can, type Actor } from "@/lib/permissions";

const SHOWN = 8;

/**
 * Follow-up actions of the agreements still open past their due date (a day in Morocco): on the
 * Bureau's dashboard and at the top of /diplomacy. Nothing at all for those who may not see them.
 */
export async function OverdueFollowUps({ viewer }: { viewer: Actor }) {
  if (!can(viewer, "diplomacy.read")) return null;
  const [{ locale, t }, { rows, total }] = await Promise.all([getDictionary(), overdueFollowUps(viewer, todayInMorocco(), SHOWN)]);
  const o = t.diplomacy.overdue;
  return (
    <Card aria-labelledby="overdue-follow-ups">
      <CardTitle
        action={
          <ButtonLink href="/diplomacy/agreements" variant="secondary" size="sm">
            {t.diplomacy.viewAll}
          </ButtonLink>
        }
      >
        <span id="overdue-follow-ups">{o.title}</span>
      </CardTitle>
      {rows.length === 0 ? (
        <p className="text-stone-600">{o.none}</p>
      ) : (
        <>
          <p className="mb-2 text-sm text-stone-600">{fill(o.count, { count: formatNumber(total, locale) })}</p>
          <ul className="divide-y divide-stone-100">
            {rows.map((row) => (
              <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <div className="min-w-0">
                  <Link href={`/diplomacy/agreements/${row.agreementId}#follow-ups`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                    {row.title}
                  </Link>
                  <p className="text-sm text-stone-600">
                    {row.agreementTitle} · {row.ownerName ? fill(o.owner, { name: row.ownerName }) : o.noOwner} · {fill(o.due, { date: formatDate(row.dueOn, locale) })}
                  </p>
                </div>
                <Badge tone="red">{o.badge}</Badge>
              </li>
            ))}
          </ul>
          {total > rows.length ? <p className="mt-2 text-sm text-stone-600">{fill(o.more, { count: formatNumber(total - rows.length, locale) })}</p> : null}
        </>
      )}
    </Card>
  );
}
