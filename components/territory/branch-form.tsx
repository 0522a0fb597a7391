"use client";

import { ButtonLink } from "@/components/ui/button";
import { ActionForm, SelectField, SubmitButton, TextField, useActionForm } from "@/components/ui/form";
import { createBranch, updateBranch } from "@/lib/territory/actions";
import type { BranchRecord } from "@/lib/territory/schemas";
import { branchFormValues } from "@/lib/territory/values";

export interface BranchFormLabels {
  nameAr: string;
  nameArHint: string;
  nameFr: string;
  town: string;
  address: string;
  province: string;
  provinceHint: string;
  chooseProvince: string;
  submit: string;
  cancel: string;
}

export type BranchValues = BranchRecord;

type ProvinceOption = { value: number; label: string };

function BranchFields({ labels, provinces, cancelHref, pending }: { labels: BranchFormLabels; provinces: ProvinceOption[]; cancelHref: string; pending: boolean }) {
  return (
    <>
      <TextField name="nameAr" label={labels.nameAr} hint={labels.nameArHint} required autoComplete="off" lang="ar" dir="rtl" />
      <TextField name="nameFr" label={labels.nameFr} lang="fr" dir="ltr" autoComplete="off" />
      <TextField name="town" label={labels.town} required autoComplete="off" />
      <TextField name="address" label={labels.address} autoComplete="off" />
      <SelectField
        name="provinceId"
        label={labels.province}
        hint={labels.provinceHint}
        required
        options={provinces}
        placeholder={labels.chooseProvince}
      />
      <div className="flex flex-wrap gap-2 pt-2">
        <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
        <ButtonLink href={cancelHref} variant="secondary">
          {labels.cancel}
        </ButtonLink>
      </div>
    </>
  );
}

export function NewBranchForm({ provinceId, provinces, labels }: { provinceId: number; provinces: ProvinceOption[]; labels: BranchFormLabels }) {
  const controller = useActionForm(() => import("@/lib/territory/schemas").then((m) => m.createBranchSchema), createBranch, {
    nameAr: "",
    nameFr: "",
    town: "",
    address: "",
    provinceId: String(provinceId),
  });
  return (
    <ActionForm controller={controller}>
      <BranchFields labels={labels} provinces={provinces} cancelHref={`/territory/provinces/${provinceId}`} pending={controller.pending} />
    </ActionForm>
  );
}

export function EditBranchForm({ branch, provinces, labels }: { branch: BranchValues; provinces: ProvinceOption[]; labels: BranchFormLabels }) {
  const controller = useActionForm(() => import("@/lib/territory/schemas").then((m) => m.updateBranchSchema), updateBranch, branchFormValues(branch));
  return (
    <ActionForm controller={controller}>
      <input type="hidden" {...controller.form.register("id")} />
      <BranchFields labels={labels} provinces={provinces} cancelHref={`/territory/branches/${branch.id}`} pending={controller.pending} />
    </ActionForm>
  );
}
