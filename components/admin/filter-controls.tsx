import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

// The filters of a list are a plain GET form: they work without JavaScript and the URL can be shared.
const control = "block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900 shadow-xs focus:border-brand-600";

export function FilterBar({
  label,
  children,
  submitLabel,
  clearHref,
  clearLabel,
  active,
}: {
  label: string;
  children: ReactNode;
  submitLabel: string;
  clearHref: string;
  clearLabel: string;
  active: boolean;
}) {
  return (
    <form method="get" role="search" aria-label={label} className="mb-4 rounded-xl border border-stone-200 bg-white p-3 shadow-sm sm:p-4">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">{children}</div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button type="submit" className={buttonClass("primary", "sm")}>
          {submitLabel}
        </button>
        {active ? (
          <a href={clearHref} className={buttonClass("ghost", "sm")}>
            {clearLabel}
          </a>
        ) : null}
      </div>
    </form>
  );
}

export function FilterText({
  name,
  label,
  defaultValue,
  type = "text",
  dir,
  placeholder,
  wide,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  type?: "text" | "search" | "date";
  dir?: "ltr" | "rtl";
  placeholder?: string;
  /** The whole row on a phone, where two fields share a row. */
  wide?: boolean;
}) {
  return (
    <label className={wide ? "col-span-2 block space-y-1 sm:col-span-1" : "block min-w-0 space-y-1"}>
      <span className="block text-sm font-medium text-stone-800">{label}</span>
      <input name={name} type={type} defaultValue={defaultValue} dir={dir} placeholder={placeholder} className={control} />
    </label>
  );
}

export function FilterSelect({
  name,
  label,
  defaultValue,
  allLabel,
  options,
}: {
  name: string;
  label: string;
  defaultValue?: string | number;
  allLabel: string;
  options: { value: string | number; label: string }[];
}) {
  return (
    <label className="block min-w-0 space-y-1">
      <span className="block text-sm font-medium text-stone-800">{label}</span>
      <select name={name} defaultValue={defaultValue ?? ""} className={control}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The query string of a list page with one parameter changed (the page, say), blanks dropped. */
export function listHref(path: string, params: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "" && !(key === "page" && value === 1)) query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
