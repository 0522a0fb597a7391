"use client";

import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "./cn";

export interface TabItem<Key extends string> {
  key: Key;
  label: ReactNode;
  /** Always rendered (hidden when not selected), so a form field inside it is still sent. */
  content: ReactNode;
  panelClassName?: string;
}

const tabClass = (selected: boolean) =>
  cn(
    "h-11 rounded-t-lg border border-b-0 px-4 text-sm font-medium",
    selected ? "border-stone-300 bg-white text-brand-800" : "border-transparent text-stone-600 hover:text-stone-900",
  );

/**
 * Tabs in the WAI-ARIA pattern: one tab in the page's Tab order (roving tabindex), the arrow keys
 * move between tabs and select them — → goes to the next tab in a left-to-right page and to the
 * previous one in a right-to-left page, as the eye reads them — Home and End go to the ends.
 * `header` sits at the start of the tab row (a label for what the panels hold).
 */
export function Tabs<Key extends string>({
  items,
  selected,
  onSelect,
  label,
  header,
  className,
}: {
  items: TabItem<Key>[];
  selected: Key;
  onSelect: (key: Key) => void;
  /** The tab list's accessible name, when `header` does not give one. */
  label?: string;
  header?: ReactNode;
  className?: string;
}) {
  const id = useId();
  const tabs = useRef(new Map<Key, HTMLButtonElement>());

  function go(key: Key) {
    onSelect(key);
    tabs.current.get(key)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const at = items.findIndex((item) => item.key === selected);
    const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number | null = null;
    if (step !== undefined) next = (at + step + items.length) % items.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = items.length - 1;
    if (next === null) return;
    event.preventDefault();
    go(items[next].key);
  }

  return (
    <div className={className}>
      <div className="flex items-end justify-between gap-2 border-b border-stone-300">
        {header}
        <div role="tablist" aria-label={label} onKeyDown={onKeyDown} className="flex gap-1">
          {items.map((item) => (
            <button
              key={item.key}
              ref={(node) => {
                if (node) tabs.current.set(item.key, node);
                else tabs.current.delete(item.key);
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${item.key}`}
              aria-selected={item.key === selected}
              aria-controls={`${id}-panel-${item.key}`}
              tabIndex={item.key === selected ? 0 : -1}
              onClick={() => onSelect(item.key)}
              className={tabClass(item.key === selected)}
            >
              {item.label}
            </button>
          ))}
        </div>
      </div>
      {items.map((item) => (
        <div key={item.key} id={`${id}-panel-${item.key}`} role="tabpanel" aria-labelledby={`${id}-tab-${item.key}`} hidden={item.key !== selected} className={item.panelClassName}>
          {item.content}
        </div>
      ))}
    </div>
  );
}
