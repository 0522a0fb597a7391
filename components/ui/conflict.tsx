"use client";

import { useEffect, useRef } from "react";
import { buttonClass } from "./button";
import { VALUE_LABELS_KEY, type Conflict } from "./conflict-values";
import { useClientStrings } from "./i18n-context";

export { theirValues, useValuesLoaded, VALUE_LABELS_KEY, VALUES_LOADED_EVENT, type Conflict, type ValuesLoadedDetail } from "./conflict-values";

const IGNORED = new Set(["id", "version", "_once"]);

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Every control of the form sending `name` (or `name[]`). */
function controlsNamed(form: HTMLFormElement, name: string): Control[] {
  return Array.from(form.elements).filter(
    (el): el is Control =>
      (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) &&
      (el.name === name || el.name === `${name}[]`),
  );
}

/** An element's text as read aloud: without its aria-hidden parts (the star of a required field). */
function textOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll("[aria-hidden=true]").forEach((hidden) => hidden.remove());
  return copy.textContent?.replace(/\s+/g, " ").trim() || undefined;
}

/** The field's own label: its <label>, or the legend or heading of the group its controls sit in. */
function labelOf(controls: Control[], name: string): string {
  const [first] = controls;
  const single = controls.length === 1 && first.type !== "hidden";
  if (single && first.labels?.length) return textOf(first.labels[0]) ?? name;
  const group = first.closest("fieldset, [role=group]");
  if (group instanceof HTMLFieldSetElement) return textOf(group.querySelector("legend")) ?? name;
  const labelledBy = group?.getAttribute("aria-labelledby");
  if (labelledBy) return textOf(document.getElementById(labelledBy)) ?? name;
  return first.getAttribute("aria-label") ?? first.dataset.fieldLabel ?? name;
}

const isTick = (controls: Control[]) => controls.length === 1 && controls[0] instanceof HTMLInputElement && controls[0].type === "checkbox";
const isList = (controls: Control[]) => controls.length > 1 || (controls[0] instanceof HTMLSelectElement && controls[0].multiple);

function ticked(value: unknown): boolean {
  return value === true || value === "on" || value === "true";
}

function asList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null || value === "" ? [] : [value];
  return items.map((item) => String(item)).sort();
}

const asText = (value: unknown) => (value === undefined || value === null ? "" : String(value).replace(/\r\n/g, "\n").trim());

/** The words for one value of the field: an option's text, a ticked box's label, a chosen person's name. */
function describe(controls: Control[], value: string, labels: Record<string, string>, name: string): string {
  for (const control of controls) {
    if (control instanceof HTMLSelectElement) {
      const option = Array.from(control.options).find((o) => o.value === value);
      if (option) return option.text;
    } else if (control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio")) {
      if (control.value === value && control.labels?.length) return textOf(control.labels[0]) ?? value;
    } else if (control.value === value && control.dataset.valueLabel) return control.dataset.valueLabel;
  }
  return labels[`${name}=${value}`] ?? labels[name] ?? value;
}

export interface ConflictRow {
  name: string;
  label: string;
  theirs: string;
  yours: string;
}

/** The fields of `form` whose saved value (current) differs from the one sent (submitted). */
export function conflictRows(form: HTMLFormElement, conflict: Conflict, submitted: Record<string, unknown>, words: { yes: string; no: string; empty: string; separator: string }): ConflictRow[] {
  const labels = (conflict.current[VALUE_LABELS_KEY] ?? {}) as Record<string, string>;
  const rows: ConflictRow[] = [];
  for (const [name, saved] of Object.entries(conflict.current)) {
    if (name.startsWith("$") || IGNORED.has(name)) continue;
    const controls = controlsNamed(form, name);
    if (!controls.length) continue;
    const sent = submitted[name] ?? submitted[`${name}[]`];
    const label = labelOf(controls, name);
    if (isTick(controls)) {
      if (ticked(saved) !== ticked(sent)) rows.push({ name, label, theirs: ticked(saved) ? words.yes : words.no, yours: ticked(sent) ? words.yes : words.no });
    } else if (isList(controls)) {
      const [theirs, yours] = [asList(saved), asList(sent)];
      if (theirs.join("\n") !== yours.join("\n")) {
        const say = (values: string[]) => (values.length ? values.map((v) => describe(controls, v, labels, name)).join(words.separator) : words.empty);
        rows.push({ name, label, theirs: say(theirs), yours: say(yours) });
      }
    } else {
      const [theirs, yours] = [asText(saved), asText(sent)];
      if (theirs !== yours) {
        const say = (value: string) => (value ? describe(controls, value, labels, name) : words.empty);
        rows.push({ name, label, theirs: say(theirs), yours: say(yours) });
      }
    }
  }
  return rows;
}

/**
 * Someone saved the record after this form loaded it: each field that differs, their value beside
 * the one typed here, then a choice — load theirs into the form, or keep mine (the next save is
 * made over their version).
 */
export function ConflictNotice({
  message,
  conflict,
  submitted,
  form,
  onLoadTheirs,
  onKeepMine,
}: {
  message?: string;
  conflict: Conflict;
  submitted: Record<string, unknown>;
  form: HTMLFormElement | null;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
}) {
  const strings = useClientStrings();
  const t = strings.conflict;
  const rows = form ? conflictRows(form, conflict, submitted, { yes: strings.yes, no: strings.no, empty: t.empty, separator: t.separator }) : [];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [conflict]);
  return (
    <section aria-labelledby="conflict-notice-title" className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 id="conflict-notice-title" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
        {t.title}
      </h2>
      <p role="alert">{message}</p>
      {rows.length ? (
        <div className="overflow-x-auto rounded-lg border border-amber-200 bg-white">
          <table className="w-full text-sm">
            <caption className="px-3 pt-2 text-start font-medium text-stone-800">{t.differences}</caption>
            <thead>
              <tr className="border-b border-stone-200 text-stone-700">
                <th scope="col" className="px-3 py-2 text-start font-medium">
                  {t.field}
                </th>
                <th scope="col" className="px-3 py-2 text-start font-medium">
                  {t.theirs}
                </th>
                <th scope="col" className="px-3 py-2 text-start font-medium">
                  {t.yours}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.name} className="border-b border-stone-100 align-top last:border-0">
                  <th scope="row" className="px-3 py-2 text-start font-medium text-stone-800">
                    {row.label}
                  </th>
                  <td className="max-w-72 px-3 py-2 whitespace-pre-wrap break-words text-stone-900" dir="auto">
                    <div className="max-h-40 overflow-y-auto">{row.theirs}</div>
                  </td>
                  <td className="max-w-72 px-3 py-2 whitespace-pre-wrap break-words text-stone-900" dir="auto">
                    <div className="max-h-40 overflow-y-auto">{row.yours}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm">{t.noDifference}</p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onLoadTheirs} className={buttonClass("secondary", "md")}>
          {t.loadTheirs}
        </button>
        <button type="button" onClick={onKeepMine} className={buttonClass("primary", "md")}>
          {t.keepMine}
        </button>
      </div>
    </section>
  );
}
