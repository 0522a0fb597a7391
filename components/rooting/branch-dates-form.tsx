"use client";

import { ActionForm, SubmitButton, TextField, useActionForm } from "@/components/ui/form";
import { updateBranchRooting } from "@/lib/rooting/branch-actions";

export interface BranchDatesLabels {
  restructuredOn: string;
  bureauRenewedOn: string;
  hint: string;
  submit: string;
  saved: string;
}

/** إعادة الهيكلة والتجديد: two dates, either left empty while it has not happened. */
export function BranchDatesForm({
  branchId,
  restructuredOn,
  bureauRenewedOn,
  today,
  labels,
}: {
  branchId: number;
  restructuredOn: string | null;
  bureauRenewedOn: string | null;
  today: string;
  labels: BranchDatesLabels;
}) {
  const controller = useActionForm(() => import("@/lib/rooting/schemas").then((m) => m.branchRootingSchema), updateBranchRooting, {
    branchId: String(branchId),
    restructuredOn: restructuredOn ?? "",
    bureauRenewedOn: bureauRenewedOn ?? "",
  });
  return (
    <ActionForm controller={controller} successMessage={labels.saved}>
      <input type="hidden" {...controller.form.register("branchId")} />
      <TextField name="restructuredOn" label={labels.restructuredOn} type="date" max={today} dir="ltr" />
      <TextField name="bureauRenewedOn" label={labels.bureauRenewedOn} hint={labels.hint} type="date" max={today} dir="ltr" />
      <SubmitButton pending={controller.pending}>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
