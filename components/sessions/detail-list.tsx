import type { ReactNode } from "react";

/** Label and value pairs, stacked on a phone and in two columns from sm up. */
export function DetailList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="divide-y divide-stone-100">
      {items.map((item) => (
        <div key={item.label} className="grid gap-0.5 py-2 first:pt-0 last:pb-0 sm:grid-cols-[7rem_minmax(0,1fr)] sm:gap-3 lg:grid-cols-1 xl:grid-cols-[7rem_minmax(0,1fr)]">
          <dt className="text-sm text-stone-600">{item.label}</dt>
          <dd className="min-w-0 break-words text-stone-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
