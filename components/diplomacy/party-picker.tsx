"use client";

import { Search, X } from "lucide-react";
import { useId, useRef, useState } from "react";
import { useFormContext } from "react-hook-form";
import { cn } from "@/components/ui/cn";
import { useValuesLoaded } from "@/components/ui/conflict-values";
import { useErrorText } from "@/components/ui/i18n-context";
import { foldForSearch } from "@/lib/text/fold";

export interface PartyPickerLabels {
  label: string;
  filter: string;
  add: string;
  remove: string;
  none: string;
  noMatch: string;
}

export interface PickableParty {
  id: number;
  name: string;
  detail: string; // the original name and the country, to tell namesakes apart
}

const named = (template: string, name: string) => template.replace("{name}", name);
const SHOWN = 8;

/**
 * Chooses the partner parties of a meeting or an agreement among the known ones (the list is
 * bounded and sent with the page): chosen ones as removable chips, each sent as `partyIds[]`.
 */
export function PartyPicker({ parties, initial, labels }: { parties: PickableParty[]; initial: number[]; labels: PartyPickerLabels }) {
  const { setValue, getFieldState, formState } = useFormContext();
  const errorText = useErrorText();
  const id = useId();
  const [chosen, setChosen] = useState<number[]>(initial);
  const [query, setQuery] = useState("");
  const error = errorText(getFieldState("partyIds", formState).error?.message);
  const byId = new Map(parties.map((p) => [p.id, p]));
  const anchor = useRef<HTMLFieldSetElement>(null);
  // a stale save's notice loads their version: their parties
  useValuesLoaded(anchor, ({ values }) => {
    if (Array.isArray(values.partyIds)) setChosen(values.partyIds.map(Number));
  });

  function update(next: number[]) {
    setChosen(next);
    setValue("partyIds", next.map(String), { shouldValidate: formState.isSubmitted });
  }

  const q = foldForSearch(query);
  const matches = q ? parties.filter((p) => !chosen.includes(p.id) && foldForSearch(`${p.name} ${p.detail}`).includes(q)).slice(0, SHOWN) : [];

  return (
    <fieldset ref={anchor} className="space-y-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-stone-800">
        {labels.label} <span className="text-accent-600" aria-hidden="true">*</span>
      </legend>
      {chosen.map((partyId) => (
        <input key={partyId} type="hidden" name="partyIds[]" value={partyId} data-value-label={byId.get(partyId)?.name} />
      ))}
      <ul className="flex flex-wrap gap-2" aria-live="polite">
        {chosen.length === 0 ? <li className="text-sm text-stone-600">{labels.none}</li> : null}
        {chosen.map((partyId) => {
          const party = byId.get(partyId);
          const name = party?.name ?? `#${partyId}`;
          return (
            <li key={partyId} className="flex items-center gap-1 rounded-full bg-brand-50 py-1 ps-3 pe-1 text-sm text-brand-900">
              {name}
              <button
                type="button"
                onClick={() => update(chosen.filter((c) => c !== partyId))}
                aria-label={named(labels.remove, name)}
                className="flex size-8 items-center justify-center rounded-full hover:bg-brand-100"
              >
                <X aria-hidden="true" size={16} />
              </button>
            </li>
          );
        })}
      </ul>
      <div className="relative">
        <Search aria-hidden="true" size={18} className="pointer-events-none absolute inset-y-0 start-3 my-auto text-stone-500" />
        <input
          type="search"
          value={query}
          aria-label={labels.filter}
          placeholder={labels.filter}
          autoComplete="off"
          maxLength={100}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== "Enter") return;
            event.preventDefault();
            if (matches[0]) {
              update([...chosen, matches[0].id]);
              setQuery("");
            }
          }}
          aria-invalid={error ? true : undefined}
          className={cn("block w-full rounded-lg border bg-white py-2.5 ps-10 pe-3 text-base shadow-xs", error ? "border-accent-600" : "border-stone-300")}
        />
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-accent-600">
          {error}
        </p>
      ) : null}
      {q ? (
        <div className="rounded-lg border border-stone-200 bg-white" aria-live="polite">
          {matches.length === 0 ? <p className="p-3 text-sm text-stone-600">{labels.noMatch}</p> : null}
          <ul className="divide-y divide-stone-100">
            {matches.map((party) => (
              <li key={party.id}>
                <button
                  type="button"
                  onClick={() => {
                    update([...chosen, party.id]);
                    setQuery("");
                  }}
                  aria-label={named(labels.add, party.name)}
                  className="flex min-h-11 w-full flex-wrap items-center justify-between gap-x-2 px-3 py-2 text-start hover:bg-stone-50"
                >
                  <span className="font-medium">{party.name}</span>
                  <span dir="auto" className="text-xs text-stone-600">
                    {party.detail}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
