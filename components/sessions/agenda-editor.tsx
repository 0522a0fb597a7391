import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { deleteAgendaItem, moveAgendaItem } from "@/lib/sessions/agenda-actions";
import type { AgendaOwner } from "@/lib/sessions/schemas";
import { shortTime } from "@/lib/sessions/time";
import { AgendaItemForm } from "./agenda-item-form";
import { AgendaMeta, type AgendaEntry } from "./agenda-list";
import { PlainActionForm } from "@/components/ui/plain-action-form";

function ItemButton({ id, direction, label, text, disabled }: { id: number; direction?: "up" | "down"; label: string; text: string; disabled?: boolean }) {
  const Icon = direction === "up" ? ArrowUp : direction === "down" ? ArrowDown : Trash2;
  return (
    <PlainActionForm action={direction ? moveAgendaItem : deleteAgendaItem}>
      <input type="hidden" name="id" value={id} />
      {direction ? <input type="hidden" name="direction" value={direction} /> : null}
      <button type="submit" aria-label={label} disabled={disabled} className={buttonClass(direction ? "secondary" : "ghost", "sm", "disabled:opacity-40")}>
        <Icon aria-hidden="true" size={16} />
        <span className="hidden sm:inline">{text}</span>
      </button>
    </PlainActionForm>
  );
}

/** The agenda of a sitting or a workshop as the Bureau edits it: reorder, edit in place, delete, add. */
export function AgendaEditor({ owner, ownerId, items, t }: { owner: AgendaOwner; ownerId: number; items: AgendaEntry[]; t: Dictionary["sessions"] }) {
  const a = t.agenda;
  return (
    <div className="space-y-5">
      {items.length ? (
        <ol className="divide-y divide-stone-100 rounded-xl border border-stone-200" aria-label={a.caption}>
          {items.map((item, i) => (
            <li key={item.id} className="space-y-2 p-3 sm:p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="flex min-w-0 gap-3">
                  <span aria-hidden="true" className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-50 text-xs font-semibold text-brand-800 tabular-nums">
                    {i + 1}
                  </span>
                  <div className="min-w-0">
                    <p className="font-medium text-stone-900">{item.title}</p>
                    <AgendaMeta item={item} t={t} />
                  </div>
                </div>
                <div className="flex flex-wrap gap-1">
                  <ItemButton id={item.id} direction="up" label={fill(a.moveUp, { title: item.title })} text={a.up} disabled={i === 0} />
                  <ItemButton id={item.id} direction="down" label={fill(a.moveDown, { title: item.title })} text={a.down} disabled={i === items.length - 1} />
                  <ItemButton id={item.id} label={fill(a.delete, { title: item.title })} text={a.remove} />
                </div>
              </div>
              <details className="group rounded-lg bg-stone-50 px-3 py-2">
                <summary className="cursor-pointer text-sm font-medium text-brand-800">
                  {a.edit}
                  <span className="sr-only"> — {item.title}</span>
                </summary>
                <div className="pt-3">
                  <AgendaItemForm
                    mode="edit"
                    t={a}
                    defaults={{
                      id: String(item.id),
                      title: item.title,
                      startTime: shortTime(item.startTime),
                      durationMinutes: item.durationMinutes == null ? "" : String(item.durationMinutes),
                      speaker: item.speaker ?? "",
                      notes: item.notes ?? "",
                    }}
                  />
                </div>
              </details>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-stone-600">{a.empty}</p>
      )}
      <section aria-labelledby={`agenda-add-${owner}-${ownerId}`} className="rounded-xl border border-dashed border-stone-300 p-4">
        <h3 id={`agenda-add-${owner}-${ownerId}`} className="mb-3 font-semibold text-stone-900">
          {a.add}
        </h3>
        <AgendaItemForm mode="add" t={a} defaults={{ owner, ownerId: String(ownerId), title: "", startTime: "", durationMinutes: "", speaker: "", notes: "" }} />
      </section>
    </div>
  );
}
