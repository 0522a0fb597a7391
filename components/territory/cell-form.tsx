"use client";

import { ButtonLink } from "@/components/ui/button";
import { ActionForm, SelectField, SubmitButton, TextField, useActionForm } from "@/components/ui/form";
import { createCell, updateCell } from "@/lib/territory/actions";
import type { CellRecord } from "@/lib/territory/schemas";
import { cellFormValues } from "@/lib/territory/values";
import type { CellKind } from "@/db/schema/territory";

export interface CellFormLabels {
  name: string;
  kind: string;
  chooseKind: string;
  foundedOn: string;
  membersCount: string;
  membersCountHint: string;
  submit: string;
  cancel: string;
}

export type CellValues = CellRecord;

type KindOption = { value: CellKind; label: string };

function CellFields({ labels, kinds, cancelHref, pending }: { labels: CellFormLabels; kinds: KindOption[]; cancelHref: string; pending: boolean }) {
  return (
    <>
      <TextField name="name" label={labels.name} required autoComplete="off" />
      <SelectField name="kind" label={labels.kind} required options={kinds} placeholder={labels.chooseKind} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="foundedOn" label={labels.foundedOn} type="date" />
        <TextField name="membersCount" label={labels.membersCount} hint={labels.membersCountHint} type="number" min={0} step={1} inputMode="numeric" />
      </div>
      <div className="flex flex-wrap gap-2 pt-2">
        <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
        <ButtonLink href={cancelHref} variant="secondary">
          {labels.cancel}
        </ButtonLink>
      </div>
    </>
  );
}

export function NewCellForm({ branchId, kinds, labels }: { branchId: number; kinds: KindOption[]; labels: CellFormLabels }) {
  const controller = useActionForm(() => import("@/lib/territory/schemas").then((m) => m.createCellSchema), createCell, {
    branchId: String(branchId),
    name: "",
    kind: "neighbourhood",
    foundedOn: "",
    membersCount: "",
  });
  return (
    <ActionForm controller={controller}>
      <input type="hidden" {...controller.form.register("branchId")} />
      <CellFields labels={labels} kinds={kinds} cancelHref={`/territory/branches/${branchId}`} pending={controller.pending} />
    </ActionForm>
  );
}

export function EditCellForm({ cell, branchId, kinds, labels }: { cell: CellValues; branchId: number; kinds: KindOption[]; labels: CellFormLabels }) {
  const controller = useActionForm(() => import("@/lib/territory/schemas").then((m) => m.updateCellSchema), updateCell, cellFormValues(cell));
  return (
    <ActionForm controller={controller}>
      <input type="hidden" {...controller.form.register("id")} />
      <CellFields labels={labels} kinds={kinds} cancelHref={`/territory/branches/${branchId}`} pending={controller.pending} />
    </ActionForm>
  );
}
