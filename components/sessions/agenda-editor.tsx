import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { deleteAgendaItem, moveAgendaItem } from "@/lib/sessions/agenda-actions";
import type { AgendaOwner } from "@/lib/sessions/schemas";
import { shortTime } from "@/lib/sessions/time";
import { AgendaItemForm } from "./agenda-item-form-lazy";
import { AgendaMeta, type AgendaEntry } from "./agenda-list";
import { PlainDeleteButton } from "@/components/ui/plain-action-form";
import { ReorderableList } from "@/components/ui/reorderable-list-lazy";

/** The agenda of a sitting or a workshop as the Bureau edits it: reorder, edit in place, delete, add. */
export function AgendaEditor({ owner, ownerId, items, t, locale }: { owner: AgendaOwner; ownerId: number; items: AgendaEntry[]; t: Dictionary["sessions"]; locale: Locale }) {
  const a = t.agenda;
  return (
    <div className="space-y-5">
      {items.length ? (
        <ReorderableList
          move={moveAgendaItem}
          labels={{ caption: a.caption, up: a.up, down: a.down, moved: a.moved }}
          items={items.map((item) => ({
            id: item.id,
            name: item.title,
            moveUp: fill(a.moveUp, { title: item.title }),
            moveDown: fill(a.moveDown, { title: item.title }),
            content: (
              <>
                <p className="font-medium text-stone-900">{item.title}</p>
                <AgendaMeta item={item} t={t} locale={locale} />
              </>
            ),
            actions: <PlainDeleteButton action={deleteAgendaItem} id={item.id} label={fill(a.delete, { title: item.title })} text={a.remove} />,
            below: (
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
            ),
          }))}
        />
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
