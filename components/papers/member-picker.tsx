"use client";

import { Search, X } from "lucide-react";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { useFormContext } from "react-hook-form";
import { cn } from "@/components/ui/cn";
import { useValuesLoaded } from "@/components/ui/conflict";
import { useErrorText } from "@/components/ui/i18n-context";
import { findAssignableMembers } from "@/lib/papers/member-search";
import type { MemberChoice } from "@/lib/papers/queries";

export interface MemberPickerLabels {
  assignees: string;
  assigneesHint: string;
  search: string;
  searching: string;
  noMatch: string;
  add: string;
  remove: string;
  noneChosen: string;
}

const named = (template: string, name: string) => template.replace("{name}", name);

/**
 * Names the assignees: a search among active members (on the server, a few at a time) and the
 * chosen ones as removable chips; each chosen id travels as a hidden `assigneeIds[]` field.
 */
export function MemberPicker({ initial, labels }: { initial: MemberChoice[]; labels: MemberPickerLabels }) {
  const { setValue, getFieldState, formState } = useFormContext();
  const errorText = useErrorText();
  const [chosen, setChosen] = useState<MemberChoice[]>(initial);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<MemberChoice[] | null>(null);
  const [pending, startTransition] = useTransition();
  const id = useId();
  const error = errorText(getFieldState("assigneeIds", formState).error?.message);
  const anchor = useRef<HTMLFieldSetElement>(null);

  // a stale save's notice loads their version: their assignees, named by the server
  useValuesLoaded(anchor, ({ values, labels: names }) => {
    const ids = values.assigneeIds;
    if (!Array.isArray(ids)) return;
    const known = [...chosen, ...initial];
    setChosen(
      ids.map((value) => known.find((m) => m.id === Number(value)) ?? { id: Number(value), name: names[`assigneeIds=${value}`] ?? String(value), memberNumber: "" }),
    );
  });

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const timer = setTimeout(() => startTransition(async () => setResults(await findAssignableMembers(q))), 250);
    return () => clearTimeout(timer);
  }, [query]);

  function update(next: MemberChoice[]) {
    setChosen(next);
    setValue("assigneeIds", next.map((m) => String(m.id)), { shouldValidate: formState.isSubmitted });
  }

  const visible = query.trim().length >= 2 ? (results ?? []).filter((r) => !chosen.some((c) => c.id === r.id)) : [];
  return (
    <fieldset ref={anchor} className="space-y-2" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}>
      <legend className="text-sm font-medium text-stone-800">
        {labels.assignees} <span className="text-accent-600" aria-hidden="true">*</span>
      </legend>
      {chosen.map((m) => (
        <input key={m.id} type="hidden" name="assigneeIds[]" value={m.id} data-value-label={m.name} />
      ))}
      <ul className="flex flex-wrap gap-2" aria-live="polite">
        {chosen.length === 0 ? <li className="text-sm text-stone-600">{labels.noneChosen}</li> : null}
        {chosen.map((m) => (
          <li key={m.id} className="flex items-center gap-1 rounded-full bg-brand-50 py-1 ps-3 pe-1 text-sm text-brand-900">
            {m.name}
            <button
              type="button"
              onClick={() => update(chosen.filter((c) => c.id !== m.id))}
              aria-label={named(labels.remove, m.name)}
              className="flex size-8 items-center justify-center rounded-full hover:bg-brand-100"
            >
              <X aria-hidden="true" size={16} />
            </button>
          </li>
        ))}
      </ul>
      <div className="relative">
        <label htmlFor={`${id}-search`} className="sr-only">
          {labels.search}
        </label>
        <Search aria-hidden="true" size={18} className="pointer-events-none absolute inset-y-0 start-3 my-auto text-stone-500" />
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          placeholder={labels.search}
          autoComplete="off"
          maxLength={100}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") event.preventDefault();
          }}
          className={cn("block w-full rounded-lg border bg-white py-2.5 ps-10 pe-3 text-base shadow-xs", error ? "border-accent-600" : "border-stone-300")}
        />
      </div>
      <p id={`${id}-hint`} className="text-xs text-stone-600">
        {labels.assigneesHint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-accent-600">
          {error}
        </p>
      ) : null}
      {query.trim().length >= 2 ? (
        <div className="rounded-lg border border-stone-200 bg-white" aria-live="polite">
          {pending && results === null ? <p className="p-3 text-sm text-stone-600">{labels.searching}</p> : null}
          {results !== null && visible.length === 0 && !pending ? <p className="p-3 text-sm text-stone-600">{labels.noMatch}</p> : null}
          <ul className="divide-y divide-stone-100">
            {visible.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  onClick={() => {
                    update([...chosen, m]);
                    setQuery("");
                    setResults(null);
                  }}
                  aria-label={named(labels.add, m.name)}
                  className="flex min-h-11 w-full items-center justify-between gap-2 px-3 py-2 text-start hover:bg-stone-50"
                >
                  <span>{m.name}</span>
                  <span className="text-xs text-stone-500 ltr-nums">{m.memberNumber}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
