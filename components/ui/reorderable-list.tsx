"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { buttonClass } from "./button";
import { cn } from "./cn";
import type { FormState } from "./form";
import { PlainActionForm, type PlainAction } from "./plain-action-form";

export interface ReorderableItem {
  id: number;
  /** How the row is named in the announcement of its new place. */
  name: string;
  /** The accessible names of its two buttons, e.g. «نقل «…» إلى الأعلى». */
  moveUp: string;
  moveDown: string;
  content: ReactNode;
  /** More buttons beside the arrows (delete). */
  actions?: ReactNode;
  /** Under the row (an edit form in a <details>). */
  below?: ReactNode;
}

export interface ReorderableLabels {
  caption: string;
  up: string;
  down: string;
  /** Said once a row has moved: {name}, {position}, {count}. */
  moved: string;
}

type Direction = "up" | "down";

const filled = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));

/**
 * An ordered list whose rows move one place at a time: two buttons per row posting the `move`
 * action (id + direction) as a plain form, so they work before JavaScript; Alt+↑ / Alt+↓ move the
 * focused row; after a move the focus stays on the row's button and a live region says where
 * the row is now. A refused move shows its message beside the buttons.
 */
export function ReorderableList({ items, move, labels, className }: { items: ReorderableItem[]; move: PlainAction; labels: ReorderableLabels; className?: string }) {
  const [moved, setMoved] = useState<number | null>(null);
  const index = moved === null ? -1 : items.findIndex((item) => item.id === moved);
  const announcement = index >= 0 ? filled(labels.moved, { name: items[index].name, position: index + 1, count: items.length }) : "";
  return (
    <>
      <ol className={cn("divide-y divide-stone-100 rounded-xl border border-stone-200", className)} aria-label={labels.caption}>
        {items.map((item, i) => (
          <li key={item.id} className="space-y-2 p-3 sm:p-4">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="flex min-w-0 flex-1 gap-3">
                <span aria-hidden="true" className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-50 text-xs font-semibold text-brand-800 tabular-nums">
                  {i + 1}
                </span>
                <div className="min-w-0 flex-1">{item.content}</div>
              </div>
              <div className="flex flex-wrap items-start gap-1">
                <MoveButtons item={item} first={i === 0} last={i === items.length - 1} move={move} labels={labels} onMoved={() => setMoved(item.id)} />
                {item.actions}
              </div>
            </div>
            {item.below}
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </>
  );
}

function MoveButtons({ item, first, last, move, labels, onMoved }: { item: ReorderableItem; first: boolean; last: boolean; move: PlainAction; labels: ReorderableLabels; onMoved: () => void }) {
  const buttons = { up: useRef<HTMLButtonElement>(null), down: useRef<HTMLButtonElement>(null) };
  const pressed = useRef<Direction>("up");

  function answered(state: FormState) {
    if (!state.ok) return;
    onMoved();
    // the row's node moved in the list and lost the focus: give it back, to the other arrow at an end
    requestAnimationFrame(() => {
      const wanted = buttons[pressed.current].current;
      const other = buttons[pressed.current === "up" ? "down" : "up"].current;
      (wanted && !wanted.disabled ? wanted : other)?.focus();
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    const button = buttons[event.key === "ArrowUp" ? "up" : "down"].current;
    event.preventDefault();
    if (button && !button.disabled) event.currentTarget.requestSubmit(button);
  }

  const arrow = (direction: Direction) => {
    const Icon = direction === "up" ? ArrowUp : ArrowDown;
    return (
      <button
        ref={buttons[direction]}
        type="submit"
        name="direction"
        value={direction}
        aria-label={direction === "up" ? item.moveUp : item.moveDown}
        aria-keyshortcuts={direction === "up" ? "Alt+ArrowUp" : "Alt+ArrowDown"}
        disabled={direction === "up" ? first : last}
        onClick={() => (pressed.current = direction)}
        className={buttonClass("secondary", "sm", "disabled:opacity-40")}
      >
        <Icon aria-hidden="true" size={16} />
        <span className="hidden sm:inline">{direction === "up" ? labels.up : labels.down}</span>
      </button>
    );
  };

  return (
    <PlainActionForm action={move} onAnswer={answered} onKeyDown={onKeyDown}>
      <input type="hidden" name="id" value={item.id} />
      {arrow("up")}
      {arrow("down")}
    </PlainActionForm>
  );
}
