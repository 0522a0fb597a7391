import { Badge } from "@/components/ui/badge";
import type { PaperStatus } from "@/db/schema/sessions";
import { type Dictionary } from "@/lib/i18n/dictionary";
import { plural } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { dueState } from "@/lib/papers/due";

const tones = { assigned: "neutral", draft: "blue", submitted: "amber", returned: "red", approved: "green" } as const;

export function PaperStatusBadge({ status, t }: { status: PaperStatus; t: Dictionary["papers"] }) {
  return <Badge tone={tones[status]}>{t.status[status]}</Badge>;
}

/** "3 days left", "due today" or "5 days late"; nothing once the paper is submitted. */
export function DueLabel({ dueOn, status, today, t, locale }: { dueOn: string; status: PaperStatus; today: string; t: Dictionary["papers"]; locale: Locale }) {
  const state = dueState(dueOn, status, today);
  if (state.kind === "done") return null;
  if (state.kind === "overdue") return <Badge tone="red">{plural(state.days, t.overdueBy, locale)}</Badge>;
  if (state.kind === "today") return <Badge tone="amber">{t.dueToday}</Badge>;
  return <span className="text-sm text-stone-700">{plural(state.days, t.daysLeft, locale)}</span>;
}
