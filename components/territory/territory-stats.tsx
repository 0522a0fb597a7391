import { Stat } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

/** A row of figures (provinces, branches, cells, members …) above a list. */
export function TerritoryStats({ figures, locale }: { figures: { label: string; value: number }[]; locale: Locale }) {
  return (
    <div className={cn("mb-6 grid gap-3", figures.length === 3 ? "grid-cols-3" : "grid-cols-2 md:grid-cols-4")}>
      {figures.map((f) => (
        <Stat key={f.label} label={f.label} value={formatNumber(f.value, locale)} />
      ))}
    </div>
  );
}
