"use client";

import Link from "next/link";
import { useEffect } from "react";
import { buttonClass } from "@/components/ui/button";
import { ActionForm, CheckboxField, SelectField, SubmitButton, TextareaField, TextField, useActionForm } from "@/components/ui/form";
import { createDelegation, updateDelegation } from "@/lib/diplomacy/event-actions";
import type { DelegationFormValues } from "@/lib/diplomacy/schemas";
import type { Dictionary } from "@/lib/i18n/dictionary";

export interface PartyOption {
  value: number;
  label: string;
  country: string;
}

/** A foreign delegation at an event. Choosing its party fills in the country when none is chosen yet. */
export function DelegationForm({
  mode,
  defaults,
  parties,
  countries,
  cancelHref,
  labels,
}: {
  mode: "create" | "edit";
  defaults: DelegationFormValues;
  parties: PartyOption[];
  countries: { value: string; label: string }[];
  cancelHref: string;
  labels: Dictionary["diplomacy"]["delegations"]["form"];
}) {
  const initial = (name: keyof DelegationFormValues) => (defaults[name] == null ? "" : String(defaults[name]));
  const controller = useActionForm(() => import("@/lib/diplomacy/schemas").then((m) => m.delegationFormSchema), mode === "edit" ? updateDelegation : createDelegation, defaults);
  const { form } = controller;
  const partyId = Number(form.watch("partyId")) || null;

  useEffect(() => {
    const party = parties.find((p) => p.value === partyId);
    if (party && !form.getValues("country")) form.setValue("country", party.country, { shouldValidate: form.formState.isSubmitted });
  }, [partyId, parties, form]);

  return (
    <ActionForm controller={controller}>
      {mode === "edit" ? <input type="hidden" defaultValue={initial("id")} {...form.register("id")} /> : <input type="hidden" defaultValue={initial("eventId")} {...form.register("eventId")} />}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField
          name="partyId"
          defaultValue={initial("partyId")}
          label={labels.party}
          hint={labels.partyHint}
          placeholder={labels.noParty}
          options={parties.map(({ value, label }) => ({ value, label }))}
        />
        <SelectField name="country" defaultValue={initial("country")} label={labels.country} required placeholder={labels.chooseCountry} options={countries} />
        <div className="sm:col-span-2">
          <TextField name="headOfDelegation" defaultValue={initial("headOfDelegation")} label={labels.head} required dir="auto" autoComplete="off" />
        </div>
        <div className="sm:col-span-2">
          <TextareaField name="members" defaultValue={initial("members")} label={labels.members} hint={labels.membersHint} rows={4} dir="auto" />
        </div>
        <TextField name="arrivedOn" defaultValue={initial("arrivedOn")} label={labels.arrivedOn} type="date" dir="ltr" />
        <TextField name="leftOn" defaultValue={initial("leftOn")} label={labels.leftOn} type="date" dir="ltr" />
        <div className="sm:col-span-2">
          <CheckboxField name="spoke" label={labels.spoke} />
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
