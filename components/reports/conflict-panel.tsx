"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { ServerState } from "./use-report-autosave";

/**
 * Someone saved this report after it was opened here. Their text is shown beside each answer
 * that differs; ours stays in the form. Keep mine (saved against their version) or take theirs.
 */
export function ConflictPanel({
  conflict,
  mine,
  fields: allFields,
  locale,
  sentence,
  cancelLabel,
  t,
  onKeepMine,
  onTakeTheirs,
}: {
  conflict: ServerState | null;
  mine: Record<string, string>;
  fields: { name: string; label: string }[];
  locale: Locale;
  sentence: string;
  cancelLabel: string;
  t: Dictionary["reports"]["filing"]["conflict"];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const fields = allFields.filter((field) => conflict && (conflict.values[field.name] ?? "") !== (mine[field.name] ?? ""));
  return (
    <section aria-labelledby="conflict-title" className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 id="conflict-title" className="text-lg font-semibold">
        {t.title}
      </h2>
      <p role="alert">{sentence}</p>
      {conflict ? (
        <details className="rounded-lg border border-amber-200 bg-white p-3" open>
          <summary className="cursor-pointer font-medium">
            {t.theirs}
            {conflict.updatedAt ? <span className="ms-2 text-sm font-normal text-stone-600">{fill(t.savedBy, { name: conflict.updatedByName ?? "—", time: formatDateTime(conflict.updatedAt, locale) })}</span> : null}
          </summary>
          <dl className="mt-3 space-y-3">
            {fields.map((field) => (
              <div key={field.name}>
                <dt className="text-sm font-medium text-stone-800">{field.label}</dt>
                <dd className="mt-1 whitespace-pre-wrap rounded-md bg-stone-50 p-2 text-stone-900" dir="auto">
                  {conflict.values[field.name] || t.empty}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onKeepMine} disabled={!conflict} className={buttonClass("primary", "md")}>
          {t.keepMine}
        </button>
        <button type="button" onClick={() => setConfirming(true)} disabled={!conflict} className={buttonClass("secondary", "md")}>
          {t.reload}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t.reload}
        confirmLabel={t.reload}
        cancelLabel={cancelLabel}
        tone="danger"
        onConfirm={() => {
          setConfirming(false);
          onTakeTheirs();
        }}
        onCancel={() => setConfirming(false)}
      >
        <p>{t.reloadConfirm}</p>
      </ConfirmDialog>
    </section>
  );
}
