import { Check, X } from "lucide-react";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDate, plural } from "@/lib/i18n/format";
import { checklistCriteria, criteriaMet, type BranchRootingFacts, type RootingChecklist } from "@/lib/rooting/checklist";

/**
 * ✓ or ✗ with its word for screen readers: the state is never told by colour alone. Positioned, so
 * the hidden word stays inside a scrolling table on a phone instead of widening the page.
 */
export function ChecklistMark({ met, labels }: { met: boolean; labels: { met: string; notMet: string } }) {
  return met ? (
    <span className="relative inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-100 text-brand-800">
      <Check aria-hidden="true" size={16} strokeWidth={3} />
      <span className="sr-only">{labels.met}</span>
    </span>
  ) : (
    <span className="relative inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-stone-100 text-stone-500">
      <X aria-hidden="true" size={16} strokeWidth={3} />
      <span className="sr-only">{labels.notMet}</span>
    </span>
  );
}

/** What backs each criterion: the date, the number of cells, the last activity. */
function detailOf(criterion: (typeof checklistCriteria)[number], facts: BranchRootingFacts, checklist: RootingChecklist, locale: Locale, t: Dictionary["rooting"]["branchRooting"]): string {
  const on = (date: string | null) => (date ? fill(t.onDate, { date: formatDate(date, locale) }) : t.notYet);
  switch (criterion) {
    case "restructured":
      return on(facts.restructuredOn);
    case "bureauRenewed":
      return on(facts.bureauRenewedOn);
    case "hasCell":
      return plural(facts.cells, t.cellsCount, locale);
    case "recentActivity":
      if (!facts.lastActivityOn) return t.notYet;
      return fill(checklist.recentActivity ? t.lastActivityOn : t.noRecentActivity, { date: formatDate(facts.lastActivityOn, locale) });
  }
}

export function BranchChecklist({
  facts,
  checklist,
  locale,
  t,
  marks,
}: {
  facts: BranchRootingFacts;
  checklist: RootingChecklist;
  locale: Locale;
  t: Dictionary["rooting"]["branchRooting"];
  marks: { met: string; notMet: string; criteriaMet: string; criteriaMetValue: string };
}) {
  const items: ReactNode[] = checklistCriteria.map((criterion) => (
    <li key={criterion} className="flex items-start gap-3 py-2.5">
      <ChecklistMark met={checklist[criterion]} labels={marks} />
      <div className="min-w-0">
        <p className="font-medium text-stone-900">{t.criteria[criterion]}</p>
        <p className="text-sm text-stone-600">{detailOf(criterion, facts, checklist, locale, t)}</p>
      </div>
    </li>
  ));
  return (
    <div>
      <p className="mb-1 text-sm text-stone-700">
        {marks.criteriaMet}: <strong className="tabular-nums">{fill(marks.criteriaMetValue, { n: criteriaMet(checklist) })}</strong>
      </p>
      <ul className="divide-y divide-stone-100" aria-label={t.checklistTitle}>
        {items}
      </ul>
      <p className="mt-2 text-xs text-stone-600">{t.checklistHint}</p>
    </div>
  );
}
