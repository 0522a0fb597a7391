"use client";

import { X } from "lucide-react";
import { useCallback, useMemo, useRef, useState } from "react";
import { useFormContext } from "react-hook-form";
import { DeferredCombobox } from "@/components/ui/deferred-combobox";
import { useValuesLoaded } from "@/components/ui/conflict-values";
import { useErrorText } from "@/components/ui/i18n-context";
import type { FoundMember, SearchPurpose } from "@/lib/members/search-queries";

export interface MemberPickerLabels {
  /** The Intl locale of the page (ar-MA, fr-MA). */
  locale: string;
  search: string;
  searching: string;
  noResults: string;
  minChars: string;
  remove: string;
  none: string;
  committee: string;
  bureau: string;
}

export interface ChosenMember {
  id: number;
  name: string;
}

const named = (template: string, name: string) => template.replace("{name}", name);

/**
 * Names one member, or several (`multiple`), by searching the directory through /members/search:
 * what they are chosen for (`purpose`) decides whom the viewer finds. The chosen ones show as
 * removable chips; each travels in a hidden field named `name` (`assigneeIds[]` for several), so
 * the form posts what it always did. In a react-hook-form form the field's value and error follow.
 */
export function MemberPicker({
  name,
  purpose,
  label,
  hint,
  required,
  multiple,
  initial,
  labels,
  error: givenError,
  onChange,
}: {
  name: string;
  purpose: SearchPurpose;
  label: string;
  hint?: string;
  required?: boolean;
  multiple?: boolean;
  initial?: ChosenMember | ChosenMember[] | null;
  labels: MemberPickerLabels;
  /** The server's refusal for this field, when the form has no react-hook-form context. */
  error?: string;
  onChange?: (chosen: ChosenMember[]) => void;
}) {
  const field = name.replace(/\[\]$/, "");
  const [chosen, setChosen] = useState<ChosenMember[]>(() => (Array.isArray(initial) ? initial : initial ? [initial] : []));
  const anchor = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const context = useFormContext();
  const errorText = useErrorText();
  const error = (context ? errorText(context.getFieldState(field, context.formState).error?.message) : undefined) ?? givenError;

  const update = (next: ChosenMember[]) => {
    setChosen(next);
    onChange?.(next);
    if (context) {
      context.setValue(field, multiple ? next.map((m) => String(m.id)) : next[0] ? String(next[0].id) : "", { shouldValidate: context.formState.isSubmitted });
      if (next.length) context.clearErrors(field);
    }
  };

  // a stale save's notice loads their version: their choice, named by the server
  useValuesLoaded(anchor, ({ values, labels: names }) => {
    if (!(field in values)) return;
    const raw = values[field];
    const ids = (Array.isArray(raw) ? raw : [raw]).map(Number).filter((id) => Number.isInteger(id) && id > 0);
    const known = new Map(chosen.map((m) => [m.id, m.name]));
    setChosen(ids.map((id) => ({ id, name: known.get(id) ?? names[`${field}=${id}`] ?? names[field] ?? String(id) })));
  });

  const loadItems = useCallback(async (text: string, signal: AbortSignal) => {
    const response = await fetch(`/members/search?for=${purpose}&q=${encodeURIComponent(text)}`, { signal });
    return response.ok ? ((await response.json()) as { members: FoundMember[] }).members : [];
  }, [purpose]);
  const hiddenKeys = useMemo(() => chosen.map((m) => m.id), [chosen]);

  return (
    <div ref={anchor} className="space-y-2">
      {chosen.map((m) => (
        <input key={m.id} type="hidden" name={name} value={m.id} data-value-label={m.name} />
      ))}
      {!multiple && chosen.length === 0 ? <input type="hidden" name={name} value="" /> : null}
      <DeferredCombobox<FoundMember>
        label={label}
        hint={hint}
        error={error}
        required={required}
        placeholder={labels.search}
        locale={labels.locale}
        messages={labels}
        loadItems={loadItems}
        itemKey={memberKey}
        itemText={memberText}
        hiddenKeys={hiddenKeys}
        inputRef={inputRef}
        renderItem={(member) => (
          <>
            <span className="font-medium text-stone-900">{member.fullNameAr}</span>
            {member.fullNameLatin ? (
              <span dir="ltr" className="text-sm text-stone-600">
                {member.fullNameLatin}
              </span>
            ) : null}
            <span dir="ltr" className="text-xs text-stone-500 tabular-nums">
              {member.memberNumber}
            </span>
            {member.tag ? <span className="rounded-full bg-brand-100 px-2 py-0.5 text-xs font-medium text-brand-900">{labels[member.tag]}</span> : null}
          </>
        )}
        onChoose={(member) => {
          const picked = { id: member.id, name: member.fullNameAr };
          update(multiple ? [...chosen, picked] : [picked]);
        }}
      />
      <ul className="flex flex-wrap gap-2" aria-live="polite">
        {chosen.length === 0 ? <li className="text-sm text-stone-600">{labels.none}</li> : null}
        {chosen.map((m) => (
          <li key={m.id} className="flex items-center gap-1 rounded-full bg-brand-50 py-1 ps-3 pe-1 text-sm font-medium text-brand-900">
            {m.name}
            <button
              type="button"
              onClick={() => {
                update(chosen.filter((c) => c.id !== m.id));
                inputRef.current?.focus();
              }}
              aria-label={named(labels.remove, m.name)}
              className="flex size-9 items-center justify-center rounded-full hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              <X aria-hidden="true" size={16} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const memberKey = (member: FoundMember) => member.id;
const memberText = (member: FoundMember) => member.fullNameAr;
