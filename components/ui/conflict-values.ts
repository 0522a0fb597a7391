"use client";

import { useEffect, useRef } from "react";

// What every edit form needs of a stale save, apart from the notice that shows it (conflict.tsx,
// loaded only when a save comes back refused).

/** A save refused because the record moved on: the version it is at and its values by field name. */
export interface Conflict {
  version: number;
  current: Record<string, unknown>;
}

/** How to name a value the form cannot name itself (a chosen person, an option not listed now). */
export const VALUE_LABELS_KEY = "$labels";

/** Fired on the form when their values are loaded, for controls that keep their own state. */
export const VALUES_LOADED_EVENT = "conflict:values-loaded";
export interface ValuesLoadedDetail {
  values: Record<string, unknown>;
  labels: Record<string, string>;
}

/** Their values as the form takes them back: without the `$` keys, with the version they are at. */
export function theirValues(conflict: Conflict): ValuesLoadedDetail {
  const values = Object.fromEntries(Object.entries(conflict.current).filter(([name]) => !name.startsWith("$")));
  return { values: { ...values, version: String(conflict.version) }, labels: (conflict.current[VALUE_LABELS_KEY] ?? {}) as Record<string, string> };
}

/**
 * For a control that keeps its own state (a person picker): runs `apply` with their values when
 * the conflict notice loads them into the form the control sits in.
 */
export function useValuesLoaded(anchor: React.RefObject<HTMLElement | null>, apply: (detail: ValuesLoadedDetail) => void) {
  const latest = useRef(apply);
  useEffect(() => {
    latest.current = apply;
  });
  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    const listener = (event: Event) => latest.current((event as CustomEvent<ValuesLoadedDetail>).detail);
    form.addEventListener(VALUES_LOADED_EVENT, listener);
    return () => form.removeEventListener(VALUES_LOADED_EVENT, listener);
  }, [anchor]);
}
