"use client";

import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { ActionForm, SelectField, SubmitButton, TextareaField, TextField, useActionForm } from "@/components/ui/form";
import { createEvent, updateEvent } from "@/lib/diplomacy/event-actions";
import type { EventFormValues } from "@/lib/diplomacy/schemas";
import { partyEventKinds } from "@/lib/diplomacy/values";
import type { Dictionary } from "@/lib/i18n/dictionary";

/** An event with foreign guests: a congress (with its ordinal) or another gathering, its dates and place. */
export function EventForm({
  mode,
  defaults,
  cancelHref,
  labels,
  kinds,
}: {
  mode: "create" | "edit";
  defaults: EventFormValues;
  cancelHref: string;
  labels: Dictionary["diplomacy"]["events"]["form"];
  kinds: Dictionary["diplomacy"]["eventKinds"];
}) {
  const initial = (name: keyof EventFormValues) => (defaults[name] == null ? "" : String(defaults[name]));
  const controller = useActionForm(() => import("@/lib/diplomacy/schemas").then((m) => m.eventFormSchema), mode === "edit" ? updateEvent : createEvent, defaults);
  const { form } = controller;
  const congress = form.watch("kind") === "congress";
  return (
    <ActionForm controller={controller}>
      {mode === "edit" ? <input type="hidden" defaultValue={initial("id")} {...form.register("id")} /> : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField name="kind" defaultValue={initial("kind")} label={labels.kind} required options={partyEventKinds.map((k) => ({ value: k, label: kinds[k] }))} />
        <TextField
          name="ordinal"
          defaultValue={initial("ordinal")}
          label={labels.ordinal}
          hint={labels.ordinalHint}
          required={congress}
          type="number"
          min={1}
          inputMode="numeric"
          dir="ltr"
        />
        <div className="sm:col-span-2">
          <TextField name="title" defaultValue={initial("title")} label={labels.title} required autoComplete="off" />
        </div>
        <TextField name="startsOn" defaultValue={initial("startsOn")} label={labels.startsOn} required type="date" dir="ltr" />
        <TextField name="endsOn" defaultValue={initial("endsOn")} label={labels.endsOn} required type="date" dir="ltr" />
        <TextField name="venue" defaultValue={initial("venue")} label={labels.venue} autoComplete="off" />
        <TextField name="city" defaultValue={initial("city")} label={labels.city} required autoComplete="off" />
        <div className="sm:col-span-2">
          <TextareaField name="description" defaultValue={initial("description")} label={labels.description} rows={4} />
        </div>
      </div>
      <div className="flex flex-wrap gap-2 border-t border-stone-200 pt-5">
        <SubmitButton pending={controller.pending}>{mode === "edit" ? labels.save : labels.create}</SubmitButton>
        <Link href={cancelHref} className={buttonClass("secondary", "md")}>
          {labels.cancel}
        </Link>
      </div>
    </ActionForm>
  );
}
