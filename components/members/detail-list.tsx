import type { ReactNode } from "react";

/** Label and value pairs of a record's card, stacked on a phone and side by side from sm up. */
export function DetailList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="divide-y divide-stone-100">
      {items.map((item) => (
        <div key={item.label} className="grid gap-1 py-2.5 first:pt-0 last:pb-0 sm:grid-cols-[9rem_minmax(0,1fr)] sm:gap-3">
          <dt className="text-sm text-stone-600">{item.label}</dt>
          <dd className="min-w-0 break-words text-stone-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
