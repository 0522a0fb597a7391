"use client";

import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { ActionForm, SelectField, SubmitButton, TextareaField, TextField, useActionForm } from "@/components/ui/form";
import { createParty, updateParty } from "@/lib/diplomacy/actions";
import type { PartyFormValues } from "@/lib/diplomacy/schemas";
import type { Dictionary } from "@/lib/i18n/dictionary";

/** A partner party: its names, its country (ISO code, from the list) and what the Bureau knows of it. */
export function PartyForm({
  mode,
  defaults,
  countries,
  cancelHref,
  labels,
}: {
  mode: "create" | "edit";
  defaults: PartyFormValues;
  countries: { value: string; label: string }[];
  cancelHref: string;
  labels: Dictionary["diplomacy"]["parties"]["form"];
}) {
  const initial = (name: keyof PartyFormValues) => (defaults[name] == null ? "" : String(defaults[name]));
  const controller = useActionForm(() => import("@/lib/diplomacy/schemas").then((m) => m.partyFormSchema), mode === "edit" ? updateParty : createParty, defaults);
  const { form } = controller;
  return (
    <ActionForm controller={controller}>
      {mode === "edit" ? <input type="hidden" defaultValue={initial("id")} {...form.register("id")} /> : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField name="nameAr" defaultValue={initial("nameAr")} label={labels.nameAr} required autoComplete="off" />
        <TextField name="nameOriginal" defaultValue={initial("nameOriginal")} label={labels.nameOriginal} hint={labels.nameOriginalHint} required dir="auto" autoComplete="off" />
        <SelectField name="country" defaultValue={initial("country")} label={labels.country} required placeholder={labels.chooseCountry} options={countries} />
        <TextField name="orientation" defaultValue={initial("orientation")} label={labels.orientation} hint={labels.orientationHint} autoComplete="off" />
        <TextField name="relationsSince" defaultValue={initial("relationsSince")} label={labels.relationsSince} type="date" dir="ltr" />
        <div className="sm:col-span-2">
          <TextareaField name="contacts" defaultValue={initial("contacts")} label={labels.contacts} hint={labels.contactsHint} rows={3} dir="auto" />
        </div>
        <div className="sm:col-span-2">
          <TextareaField name="notes" defaultValue={initial("notes")} label={labels.notes} rows={3} />
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
