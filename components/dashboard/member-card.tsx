import { Card, CardTitle } from "@/components/ui/card";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { memberOverview } from "@/lib/dashboard/queries";

type Overview = NonNullable<Awaited<ReturnType<typeof memberOverview>>>;

export function MemberCard({ overview, locale, t }: { overview: Overview; locale: Locale; t: Dictionary }) {
  const ar = locale === "ar";
  const position = (p: string) => {
    const label: unknown = (t.dashboard as Record<string, unknown>)[`position_${p}`];
    return typeof label === "string" ? label : p;
  };
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Card>
        <CardTitle>{t.dashboard.yourBranch}</CardTitle>
        <p className="text-lg font-semibold">
          <a href={`/territory/branches/${overview.branchId}`} className="text-brand-800 underline-offset-4 hover:underline">
            {ar ? overview.branchNameAr : (overview.branchNameFr ?? overview.branchNameAr)}
          </a>
        </p>
        <p className="text-stone-700">
          {ar ? overview.provinceNameAr : overview.provinceNameFr} · {ar ? overview.regionNameAr : overview.regionNameFr}
        </p>
        <p className="mt-2 text-sm text-stone-600">
          {t.dashboard.memberNumber}: <span className="tabular-nums">{overview.memberNumber}</span>
        </p>
      </Card>
      <Card>
        <CardTitle>{t.dashboard.yourOrgans}</CardTitle>
        {overview.organs.length === 0 ? (
          <p className="text-sm text-stone-600">{t.dashboard.noOrgans}</p>
        ) : (
          <ul className="divide-y divide-stone-100">
            {overview.organs.map((o) => (
              <li key={o.nameAr} className="py-2">
                <span className="font-medium">{ar ? o.nameAr : (o.nameFr ?? o.nameAr)}</span>
                <span className="text-stone-600">
                  {" "}
                  — {position(o.position)}
                  {o.fromDate ? ` (${fill(t.dashboard.since, { date: formatDate(o.fromDate, locale) })})` : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
