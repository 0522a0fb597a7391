"use client";

import { Search, X } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { useFormContext } from "react-hook-form";
import { useValuesLoaded } from "@/components/ui/conflict";
import { useErrorText } from "@/components/ui/i18n-context";

export interface PickerLabels {
  search: string;
  searching: string;
  results: string;
  noResults: string;
  choose: string;
  clear: string;
  none: string;
  committee: string;
  minChars: string;
}

interface Found {
  id: number;
  fullNameAr: string;
  fullNameLatin: string | null;
  memberNumber: string;
  committee: boolean;
}

const fillIn = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m));

/**
 * Chooses one member by searching the directory (folded names, at most 20 answers, Central
 * Committee members first). The choice travels in a hidden field named `name`; without
 * JavaScript the current choice is kept.
 */
export function MemberPicker({
  name,
  label,
  hint,
  initial,
  labels,
  required,
  onChange,
}: {
  name: string;
  label: string;
  hint?: string;
  initial?: { id: number; name: string } | null;
  labels: PickerLabels;
  required?: boolean;
  onChange?: (member: { id: number; name: string } | null) => void;
}) {
  const id = useId();
  const [selected, setSelected] = useState(initial ?? null);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Found[] | null>(null);
  const [loading, setLoading] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const hiddenRef = useRef<HTMLInputElement>(null);
  const context = useFormContext();
  const errorText = useErrorText();
  const error = errorText(context?.formState.errors[name]?.message as string | undefined);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const response = await fetch(`/sessions/member-search?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        const body = response.ok ? ((await response.json()) as { members: Found[] }) : { members: [] };
        setResults(body.members);
      } catch {
        // a search overtaken by the next keystroke
      } finally {
        if (!controller.signal.aborted) setLoading(false);
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  // a stale save's notice loads their version: their choice, named by the server
  useValuesLoaded(hiddenRef, ({ values, labels: names }) => {
    if (!(name in values)) return;
    const chosen = Number(values[name]);
    setSelected(chosen ? { id: chosen, name: names[name] ?? String(chosen) } : null);
  });

  const choose = (member: { id: number; name: string } | null) => {
    setSelected(member);
    setQuery("");
    setResults(null);
    onChange?.(member);
    context?.clearErrors(name);
    if (!member) searchRef.current?.focus();
  };

  const status = query.trim().length < 2 ? (query ? labels.minChars : "") : loading ? labels.searching : results ? (results.length ? fillIn(labels.results, { count: results.length }) : labels.noResults) : "";

  return (
    <div role="group" aria-labelledby={`${id}-label`} className="space-y-1.5">
      <div className="flex items-baseline gap-1">
        <span id={`${id}-label`} className="block text-sm font-medium text-stone-800">
          {label}
        </span>
        {required ? (
          <span className="text-accent-600" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      <input ref={hiddenRef} type="hidden" name={name} value={selected?.id ?? ""} data-value-label={selected?.name} />
      {selected ? (
        <div className="flex items-center justify-between gap-2 rounded-lg border border-brand-200 bg-brand-50 px-3 py-2">
          <span className="min-w-0 font-medium text-brand-900">{selected.name}</span>
          <button
            type="button"
            onClick={() => choose(null)}
            aria-label={`${labels.clear}: ${selected.name}`}
            className="flex size-9 shrink-0 items-center justify-center rounded-lg text-stone-700 hover:bg-white"
          >
            <X aria-hidden="true" size={18} />
          </button>
        </div>
      ) : (
        <p className="text-sm text-stone-600">{labels.none}</p>
      )}
      <div className="relative">
        <Search aria-hidden="true" size={18} className="pointer-events-none absolute inset-y-0 start-3 my-auto text-stone-500" />
        <input
          ref={searchRef}
          id={`${id}-search`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // Enter chooses the first answer instead of posting the whole form
            if (e.key === "Enter") {
              e.preventDefault();
              if (results?.[0]) choose({ id: results[0].id, name: results[0].fullNameAr });
            }
          }}
          aria-label={`${labels.search} — ${label}`}
          aria-describedby={[hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          maxLength={100}
          className={`block w-full rounded-lg border bg-white py-2.5 ps-10 pe-3 text-base text-stone-900 shadow-xs ${error ? "border-accent-600" : "border-stone-300 focus:border-brand-600"}`}
        />
      </div>
      <p aria-live="polite" className="text-xs text-stone-600 empty:hidden">
        {status}
      </p>
      {results && results.length && query.trim().length >= 2 ? (
        <ul className="max-h-72 divide-y divide-stone-100 overflow-y-auto rounded-lg border border-stone-200 bg-white">
          {results.map((member) => (
            <li key={member.id}>
              <button
                type="button"
                onClick={() => choose({ id: member.id, name: member.fullNameAr })}
                aria-label={fillIn(labels.choose, { name: member.fullNameAr })}
                className="flex w-full flex-wrap items-center gap-x-2 px-3 py-2 text-start hover:bg-brand-50"
              >
                <span className="font-medium text-stone-900">{member.fullNameAr}</span>
                {member.fullNameLatin ? (
                  <span dir="ltr" className="text-sm text-stone-600">
                    {member.fullNameLatin}
                  </span>
                ) : null}
                <span dir="ltr" className="text-xs text-stone-500 tabular-nums">
                  {member.memberNumber}
                </span>
                {member.committee ? <span className="rounded-full bg-brand-100 px-2 py-0.5 text-xs font-medium text-brand-900">{labels.committee}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-accent-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
