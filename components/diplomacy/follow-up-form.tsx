"use client";

import Link from "next/link";
import { MemberPicker, type MemberPickerLabels } from "@/components/members/member-picker";
import { buttonClass } from "@/components/ui/button";
import { ActionForm, SubmitButton, TextareaField, TextField, useActionForm } from "@/components/ui/form";
import { createFollowUp, updateFollowUp } from "@/lib/diplomacy/agreement-actions";
import type { FollowUpFormValues } from "@/lib/diplomacy/schemas";
import type { Dictionary } from "@/lib/i18n/dictionary";

/** A follow-up action of an agreement: what, who (a member) and by when. */
export function FollowUpForm({
  mode,
  defaults,
  owner,
  cancelHref,
  labels,
  pickerLabels,
}: {
  mode: "create" | "edit";
  defaults: FollowUpFormValues;
  owner: { id: number; name: string } | null;
  cancelHref?: string;
  labels: Dictionary["diplomacy"]["followUps"]["form"];
  pickerLabels: MemberPickerLabels;
}) {
  const initial = (name: keyof FollowUpFormValues) => (defaults[name] == null ? "" : String(defaults[name]));
  const controller = useActionForm(() => import("@/lib/diplomacy/schemas").then((m) => m.followUpFormSchema), mode === "edit" ? updateFollowUp : createFollowUp, defaults);
  const { form } = controller;
  return (
    <ActionForm controller={controller}>
      {mode === "edit" ? (
        <input type="hidden" defaultValue={initial("id")} {...form.register("id")} />
      ) : (
        <input type="hidden" defaultValue={initial("agreementId")} {...form.register("agreementId")} />
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField name="title" defaultValue={initial("title")} label={labels.title} required autoComplete="off" />
        </div>
        <MemberPicker name="ownerMemberId" purpose="owner" required label={labels.owner} hint={labels.ownerHint} initial={owner} labels={pickerLabels} />
        <TextField name="dueOn" defaultValue={initial("dueOn")} label={labels.dueOn} required type="date" dir="ltr" />
        <div className="sm:col-span-2">
          <TextareaField name="notes" defaultValue={initial("notes")} label={labels.notes} rows={2} />
        </div>
      </div>
      <div className="flex flex-wrap gap-2 border-t border-stone-200 pt-5">
        <SubmitButton pending={controller.pending}>{mode === "edit" ? labels.save : labels.create}</SubmitButton>
        {cancelHref ? (
          <Link href={cancelHref} className={buttonClass("secondary", "md")}>
            {labels.cancel}
          </Link>
        ) : null}
      </div>
    </ActionForm>
  );
}
