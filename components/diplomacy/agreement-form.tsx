"use client";

import Link from "next/link";
import { useId } from "react";
import { useFormContext } from "react-hook-form";
import { buttonClass } from "@/components/ui/button";
import { useFileSizeLimit } from "@/components/ui/file-limit";
import { ActionForm, CheckboxField, SubmitButton, TextareaField, TextField, useActionForm } from "@/components/ui/form";
import { useErrorText } from "@/components/ui/i18n-context";
import { createAgreement, updateAgreement } from "@/lib/diplomacy/agreement-actions";
import type { AgreementFormValues } from "@/lib/diplomacy/schemas";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { MAX_DOCUMENT_BYTES } from "@/lib/uploads";
import { PartyPicker, type PartyPickerLabels, type PickableParty } from "./party-picker";

type Labels = Dictionary["diplomacy"]["agreements"]["form"];

/**
 * The signed text: a plain file input, whose refusal lands under it. Too large a file is refused as
 * it is chosen; the server checks everything again.
 */
function DocumentField({ labels, current, tooLarge }: { labels: Labels; current: string | null; tooLarge: string }) {
  const id = useId();
  const { getFieldState, formState } = useFormContext();
  const errorText = useErrorText();
  const limit = useFileSizeLimit(MAX_DOCUMENT_BYTES, tooLarge);
  const error = limit.error ?? errorText(getFieldState("document", formState).error?.message);
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {labels.document}
      </label>
      {current ? (
        <p className="text-sm text-stone-700">
          {labels.currentDocument} <span className="font-medium">{current}</span>
        </p>
      ) : null}
      <input
        id={id}
        name="document"
        type="file"
        accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={limit.onChange}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
        className="block w-full rounded-lg border border-stone-300 bg-white text-sm text-stone-700 file:me-3 file:border-0 file:bg-stone-100 file:px-3 file:py-2.5 file:font-medium"
      />
      <p id={`${id}-hint`} className="text-xs text-stone-600">
        {labels.documentHint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-accent-600">
          {error}
        </p>
      ) : null}
      {current ? <CheckboxField name="removeDocument" label={labels.removeDocument} /> : null}
    </div>
  );
}

/** A cooperation agreement: its parties, signing, signatories, aims (one per line), duration and text. */
export function AgreementForm({
  mode,
  defaults,
  parties,
  currentDocument,
  documentTooLarge,
  cancelHref,
  labels,
  pickerLabels,
}: {
  mode: "create" | "edit";
  defaults: AgreementFormValues & { partyIds: string[] };
  parties: PickableParty[];
  currentDocument: string | null;
  /** The server's sentence for too large a document, shown as soon as one is chosen. */
  documentTooLarge: string;
  cancelHref: string;
  labels: Labels;
  pickerLabels: PartyPickerLabels;
}) {
  const initial = (name: keyof AgreementFormValues) => (defaults[name] == null ? "" : String(defaults[name]));
  const controller = useActionForm(() => import("@/lib/diplomacy/schemas").then((m) => m.agreementFormSchema), mode === "edit" ? updateAgreement : createAgreement, defaults);
  const { form } = controller;
  return (
    <ActionForm controller={controller}>
      {mode === "edit" ? <input type="hidden" defaultValue={initial("id")} {...form.register("id")} /> : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField name="title" defaultValue={initial("title")} label={labels.title} required autoComplete="off" />
        </div>
        <TextField name="signedOn" defaultValue={initial("signedOn")} label={labels.signedOn} required type="date" dir="ltr" />
        <TextField name="place" defaultValue={initial("place")} label={labels.place} autoComplete="off" />
        <div className="sm:col-span-2">
          <PartyPicker parties={parties} initial={defaults.partyIds.map(Number)} labels={pickerLabels} />
        </div>
        <TextareaField name="signatories" defaultValue={initial("signatories")} label={labels.signatories} hint={labels.signatoriesHint} rows={3} dir="auto" />
        <TextField
          name="durationMonths"
          defaultValue={initial("durationMonths")}
          label={labels.duration}
          hint={labels.durationHint}
          type="number"
          min={1}
          inputMode="numeric"
          dir="ltr"
        />
        <div className="sm:col-span-2">
          <TextareaField name="aims" defaultValue={initial("aims")} label={labels.aims} hint={labels.aimsHint} rows={6} />
        </div>
        <div className="sm:col-span-2">
          <DocumentField labels={labels} current={currentDocument} tooLarge={documentTooLarge} />
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
