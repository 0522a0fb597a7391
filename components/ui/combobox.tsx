"use client";

import { Search } from "lucide-react";
import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { I18nProvider, mergeProps, useComboBox, useFocusRing, useListBox, useOption } from "react-aria";
import { Item, useAsyncList, useComboBoxState, type ComboBoxState, type Key, type Node } from "react-stately";
import { cn } from "./cn";

export interface ComboboxMessages {
  /** While the answers to the typed text are on their way. */
  searching: string;
  /** When nothing answers the typed text. */
  noResults: string;
  /** When fewer characters than `minChars` are typed. */
  minChars: string;
}

export interface ComboboxProps<T> {
  label: string;
  hint?: string;
  /** The field's error, already in the page's language: shown under the field and announced with it. */
  error?: string;
  required?: boolean;
  placeholder?: string;
  /** A BCP 47 locale (ar-MA, fr-MA): the direction, and the words screen readers hear. */
  locale: string;
  messages: ComboboxMessages;
  /** Loads the options for the typed text; aborted when the text changes again. */
  loadItems: (text: string, signal: AbortSignal) => Promise<T[]>;
  itemKey: (item: T) => Key;
  /** The option's name: what a screen reader reads and what the list is searched by. */
  itemText: (item: T) => string;
  renderItem?: (item: T) => ReactNode;
  /** Options not offered even when loaded (those already chosen). */
  hiddenKeys?: readonly Key[];
  /** A chosen option; the field is emptied for the next search. */
  onChoose: (item: T) => void;
  minChars?: number;
  debounceMs?: number;
  maxLength?: number;
  inputRef?: React.RefObject<HTMLInputElement | null>;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(new DOMException("superseded", "AbortError"));
    });
  });

/**
 * A search-and-choose field (WAI-ARIA combobox with a listbox popup), on React Aria's hooks: the
 * options load as the user types (debounced, the previous request aborted), ArrowDown/ArrowUp
 * move through them, Enter chooses the highlighted one (never posts the form), Escape closes the
 * list and empties the field. Generic: the caller says how to load and show options.
 */
export function Combobox<T extends object>(props: ComboboxProps<T>) {
  return (
    <I18nProvider locale={props.locale}>
      <ComboboxField {...props} />
    </I18nProvider>
  );
}

function ComboboxField<T extends object>({
  label,
  hint,
  error,
  required,
  placeholder,
  messages,
  loadItems,
  itemKey,
  itemText,
  renderItem,
  hiddenKeys,
  onChoose,
  minChars = 2,
  debounceMs = 250,
  maxLength = 100,
  inputRef: outerInputRef,
}: ComboboxProps<T>) {
  const ownInputRef = useRef<HTMLInputElement>(null);
  const inputRef = outerInputRef ?? ownInputRef;
  const listBoxRef = useRef<HTMLUListElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const loaded = useRef(loadItems);
  useEffect(() => {
    loaded.current = loadItems;
  }, [loadItems]);

  const long = (text: string) => [...text.trim()].length >= minChars;
  const list = useAsyncList<T>({
    getKey: itemKey,
    async load({ filterText = "", signal }) {
      if (!long(filterText)) return { items: [] };
      await sleep(debounceMs, signal);
      return { items: await loaded.current(filterText.trim(), signal) };
    },
  });

  const hidden = useMemo(() => new Set(hiddenKeys ?? []), [hiddenKeys]);
  const items = useMemo(() => list.items.filter((item) => !hidden.has(itemKey(item))), [list.items, hidden, itemKey]);
  // a collection's keys are React keys, strings whatever itemKey gave
  const byKey = useMemo(() => new Map(items.map((item) => [String(itemKey(item)), item])), [items, itemKey]);

  const stateRef = useRef<ComboBoxState<T> | null>(null);
  const state = useComboBoxState<T>({
    label,
    items,
    children: (item: T) => (
      <Item key={itemKey(item)} textValue={itemText(item)}>
        {renderItem ? renderItem(item) : itemText(item)}
      </Item>
    ),
    inputValue: list.filterText,
    onInputChange: list.setFilterText,
    // the field chooses, it does not hold a value: the caller shows what was chosen
    selectedKey: null,
    onSelectionChange: (key) => {
      const item = key === null ? undefined : byKey.get(String(key));
      if (!item) return;
      onChoose(item);
      list.setFilterText("");
      stateRef.current?.close();
    },
    allowsEmptyCollection: true,
    menuTrigger: "input",
    isRequired: required,
    isInvalid: !!error,
    validationBehavior: "aria",
  });
  useEffect(() => {
    stateRef.current = state;
  });

  const { inputProps, listBoxProps, labelProps, descriptionProps, errorMessageProps } = useComboBox<T>(
    {
      label,
      description: hint,
      errorMessage: error,
      isInvalid: !!error,
      isRequired: required,
      validationBehavior: "aria",
      placeholder,
      inputRef,
      listBoxRef,
      popoverRef,
    },
    state,
  );
  const { focusProps, isFocusVisible } = useFocusRing({ isTextInput: true });

  const text = state.inputValue;
  const loading = list.loadingState === "loading" || list.loadingState === "filtering";
  const status = !text.trim() ? "" : !long(text) ? messages.minChars : loading ? messages.searching : items.length === 0 ? messages.noResults : "";

  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline gap-1">
        <label {...labelProps} className="block text-sm font-medium text-stone-800">
          {label}
        </label>
        {required ? (
          <span className="text-accent-600" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      <div className="relative">
        <Search aria-hidden="true" size={18} className="pointer-events-none absolute inset-y-0 start-3 my-auto text-stone-500" />
        <input
          {...mergeProps(inputProps, focusProps, {
            onKeyDown: (event: React.KeyboardEvent<HTMLInputElement>) => {
              // the field chooses; Enter never posts the form around it
              if (event.key === "Enter") event.preventDefault();
              // Escape closes the list and empties the field: kept, the text would open it again
              if (event.key === "Escape" && text) list.setFilterText("");
            },
          })}
          ref={inputRef}
          type="text"
          maxLength={maxLength}
          autoComplete="off"
          className={cn(
            "block w-full rounded-lg border bg-white py-2.5 ps-10 pe-3 text-base text-stone-900 shadow-xs outline-none placeholder:text-stone-400",
            error ? "border-accent-600" : "border-stone-300 focus:border-brand-600",
            isFocusVisible && "ring-2 ring-brand-600 ring-offset-1",
          )}
        />
        {state.isOpen ? (
          <div ref={popoverRef} className="absolute inset-x-0 top-full z-20 mt-1 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-lg">
            <ListBox {...listBoxProps} listBoxRef={listBoxRef} state={state} />
            {status ? <p className="px-3 py-2 text-sm text-stone-600">{status}</p> : null}
          </div>
        ) : null}
      </div>
      {/* said once, whether the list is open or not: searching, nothing found, too short */}
      <p role="status" className="sr-only">
        {status}
      </p>
      {hint ? (
        <p {...descriptionProps} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p {...errorMessageProps} className="text-sm font-medium text-accent-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function ListBox<T>({ listBoxRef, state, ...props }: Parameters<typeof useListBox<T>>[0] & { listBoxRef: React.RefObject<HTMLUListElement | null>; state: ComboBoxState<T> }) {
  const { listBoxProps } = useListBox(props, state, listBoxRef);
  return (
    <ul {...listBoxProps} ref={listBoxRef} className="max-h-72 divide-y divide-stone-100 overflow-y-auto empty:hidden">
      {[...state.collection].map((item) => (
        <Option key={item.key} item={item} state={state} />
      ))}
    </ul>
  );
}

function Option<T>({ item, state }: { item: Node<T>; state: ComboBoxState<T> }) {
  const ref = useRef<HTMLLIElement>(null);
  const { optionProps, isFocused } = useOption({ key: item.key }, state, ref);
  // the highlighted option stays in sight as the arrows move through a long list
  useEffect(() => {
    if (isFocused) ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [isFocused]);
  return (
    <li
      {...optionProps}
      ref={ref}
      className={cn("flex min-h-11 cursor-pointer flex-wrap items-center gap-x-2 px-3 py-2 text-start outline-none", isFocused ? "bg-brand-100" : "hover:bg-brand-50")}
    >
      {item.rendered}
    </li>
  );
}
