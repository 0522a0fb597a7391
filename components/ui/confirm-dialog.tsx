"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { buttonClass } from "./button";

/**
 * A modal question on the native <dialog>: focus is trapped and Escape closes it, by the browser.
 * The caller owns `open`; `onCancel` runs on Escape, the backdrop's cancel, or the cancel button.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  pending,
  tone = "primary",
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  pending?: boolean;
  tone?: "primary" | "danger";
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-stone-200 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-900/50"
    >
      <div className="space-y-4 p-5">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        {children ? <div className="space-y-2 text-sm text-stone-700">{children}</div> : null}
        <div className="flex flex-wrap justify-end gap-2 pt-1">
          <button type="button" onClick={onCancel} className={buttonClass("secondary", "md")} autoFocus>
            {cancelLabel}
          </button>
          <button type="button" onClick={onConfirm} disabled={pending} aria-disabled={pending} className={buttonClass(tone, "md")}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
