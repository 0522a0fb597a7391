import type { ReactNode } from "react";

/** Label and value pairs of a record's card, stacked on a phone and side by side from sm up. */
export function DetailList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="divide-y divide-stone-100">
      {items.map((item) => (
        <div key={item.label} className="grid gap-1 py-2.5 first:pt-0 last:pb-0 sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-3">
          <dt className="text-sm text-stone-600">{item.label}</dt>
          <dd className="min-w-0 break-words whitespace-pre-line text-stone-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A list kept one entry per line (names, aims), or a dash when empty. */
export function Lines({ items, empty, ordered }: { items: readonly string[]; empty: string; ordered?: boolean }) {
  if (!items.length) return <p className="text-stone-600">{empty}</p>;
  const List = ordered ? "ol" : "ul";
  return (
    <List className={ordered ? "list-decimal space-y-1 ps-6" : "list-disc space-y-1 ps-6"}>
      {items.map((item, i) => (
        <li key={i}>
          <bdi>{item}</bdi>
        </li>
      ))}
    </List>
  );
}

/** A titled block of a detail page. */
export function Section({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-xl font-bold text-stone-900">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}
