import { Search } from "lucide-react";
import type { ReactNode } from "react";
import { buttonClass } from "./button";
import { cn } from "./cn";
import { Field, fieldDescribedBy } from "./field";

const control = "block w-full min-w-0 rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base text-stone-900 shadow-xs focus:border-brand-600";

const idOf = (name: string) => `filter-${name}`;

/**
 * A list's search and filters as a plain GET form: it works without JavaScript and every filtered
 * list has its own address. Two fields share a row on a 360 px phone, four on a wide screen; a
 * search box takes a whole row. `keep` carries the query parameters the form does not show (a
 * sort order, a tab), so filtering does not lose them; the page number is dropped on purpose.
 */
export function FilterBar({
  action,
  label,
  submitLabel,
  resetLabel,
  active = true,
  keep,
  children,
}: {
  /** The list's path: also where "reset" goes. */
  action: string;
  label: string;
  submitLabel: string;
  resetLabel: string;
  /** Whether any filter is set: the reset link is shown only then. */
  active?: boolean;
  keep?: Record<string, string | number | null | undefined>;
  children: ReactNode;
}) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className="mb-4 rounded-xl border border-stone-200 bg-white p-3 shadow-sm sm:p-4">
      {Object.entries(keep ?? {}).map(([name, value]) =>
        value === undefined || value === null || value === "" ? null : <input key={name} type="hidden" name={name} value={String(value)} />,
      )}
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">{children}</div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button type="submit" className={buttonClass("primary", "md")}>
          <Search aria-hidden="true" size={18} />
          {submitLabel}
        </button>
        {active ? (
          <a href={action} className={buttonClass("secondary", "md")}>
            {resetLabel}
          </a>
        ) : null}
      </div>
    </form>
  );
}

/** A text, search or date filter; `wide` gives it the whole row (a search box). */
export function FilterText({
  name,
  label,
  hint,
  defaultValue,
  type = "text",
  dir,
  placeholder,
  wide,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string | null;
  type?: "text" | "search" | "date";
  dir?: "ltr" | "rtl";
  placeholder?: string;
  wide?: boolean;
}) {
  const id = idOf(name);
  return (
    <Field id={id} label={label} hint={hint} className={wide ? "col-span-2" : undefined}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue ?? ""}
        dir={type === "date" ? "ltr" : dir}
        placeholder={placeholder}
        aria-describedby={fieldDescribedBy(id, { hint })}
        autoComplete="off"
        maxLength={type === "date" ? undefined : 100}
        className={control}
      />
    </Field>
  );
}

export interface FilterOption {
  value: string | number;
  label: string;
}

/**
 * A choice among options, or among groups of options; `allLabel` is the blank choice ("all"),
 * left out when there is only one option to choose (an officer's own region).
 */
export function FilterSelect({
  name,
  label,
  defaultValue,
  allLabel,
  options,
  groups,
  className,
}: {
  name: string;
  label: string;
  defaultValue?: string | number | null;
  allLabel?: string;
  options?: FilterOption[];
  groups?: { label: string; options: FilterOption[] }[];
  className?: string;
}) {
  const id = idOf(name);
  const option = (o: FilterOption) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <Field id={id} label={label} className={className}>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} className={cn(control, "py-2.5")}>
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        {groups ? groups.map((g) => <optgroup key={g.label} label={g.label}>{g.options.map(option)}</optgroup>) : options?.map(option)}
      </select>
    </Field>
  );
}
