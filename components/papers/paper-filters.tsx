import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { PaperListFilters } from "@/lib/papers/queries";
import { paperStatuses } from "@/lib/papers/schemas";

/** The Bureau's filters of the working papers: by session and by status. */
export function PaperFilters({ filters, sessions, t, all }: { filters: PaperListFilters; sessions: { id: number; title: string }[]; t: Dictionary["papers"]; all: string }) {
  return (
    <FilterBar action="/assignments" label={t.filters.title} submitLabel={t.filters.submit} resetLabel={t.filters.reset}>
      <FilterSelect name="session" label={t.filters.session} allLabel={all} defaultValue={filters.sessionId} options={sessions.map((s) => ({ value: s.id, label: s.title }))} />
      <FilterSelect name="status" label={t.filters.status} allLabel={all} defaultValue={filters.status} options={paperStatuses.map((s) => ({ value: s, label: t.status[s] }))} />
    </FilterBar>
  );
}
