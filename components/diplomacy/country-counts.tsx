import { Card, CardTitle } from "@/components/ui/card";
import { countryName, type Continent } from "@/lib/diplomacy/countries";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { formatNumber } from "@/lib/i18n/format";

function Counts({ id, title, rows, locale }: { id: string; title: string; rows: { label: string; count: number }[]; locale: Locale }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <Card aria-labelledby={id}>
      <CardTitle>
        <span id={id}>{title}</span>
      </CardTitle>
      <ul className="space-y-2">
        {rows.map((row) => (
          <li key={row.label} className="grid grid-cols-[minmax(0,8rem)_minmax(0,1fr)_2.5rem] items-center gap-2 text-sm">
            <span className="truncate">{row.label}</span>
            <span className="h-2.5 rounded-full bg-stone-100" aria-hidden="true">
              <span className="block h-full rounded-full bg-brand-600" style={{ width: `${(row.count / max) * 100}%` }} />
            </span>
            <span className="text-end font-semibold tabular-nums">{formatNumber(row.count, locale)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** An event's delegations counted by country and by continent. */
export function CountryCounts({
  byCountry,
  byContinent,
  locale,
  t,
}: {
  byCountry: { country: string; count: number }[];
  byContinent: { continent: Continent; count: number }[];
  locale: Locale;
  t: Dictionary["diplomacy"];
}) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Counts id="by-continent" title={t.events.detail.byContinent} rows={byContinent.map((r) => ({ label: t.continents[r.continent], count: r.count }))} locale={locale} />
      <Counts id="by-country" title={t.events.detail.byCountry} rows={byCountry.map((r) => ({ label: countryName(r.country, locale), count: r.count }))} locale={locale} />
    </div>
  );
}
