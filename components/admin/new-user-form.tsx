"use client";

import { ActionForm, SelectField, SubmitButton, TextField, useActionForm } from "@/components/ui/form";
import { PasswordField } from "@/components/ui/password-field";
import { createUser } from "@/lib/admin/actions";
import { userRoles } from "@/lib/admin/values";
import { ScopeFields, type ProvinceOption, type ScopeLabels, type ScopeOption } from "./scope-fields";

export interface NewUserLabels extends ScopeLabels {
  name: string;
  email: string;
  role: string;
  memberNumber: string;
  memberNumberHint: string;
  temporaryPassword: string;
  temporaryPasswordHint: string;
  submit: string;
  roles: Record<(typeof userRoles)[number], string>;
}

export function NewUserForm({ labels, regions, provinces }: { labels: NewUserLabels; regions: ScopeOption[]; provinces: ProvinceOption[] }) {
  const controller = useActionForm(() => import("@/lib/admin/schemas").then((m) => m.createUserSchema), createUser, {
    name: "",
    email: "",
    role: "member",
    scopeRegionId: "",
    scopeProvinceId: "",
    memberNumber: "",
    temporaryPassword: "",
  });
  return (
    <ActionForm controller={controller}>
      <TextField name="name" label={labels.name} autoComplete="off" required />
      <TextField name="email" label={labels.email} type="email" dir="ltr" autoComplete="off" required />
      <SelectField name="role" label={labels.role} options={userRoles.map((r) => ({ value: r, label: labels.roles[r] }))} required />
      <ScopeFields regions={regions} provinces={provinces} labels={labels} />
      <TextField name="memberNumber" label={labels.memberNumber} hint={labels.memberNumberHint} inputMode="numeric" dir="ltr" autoComplete="off" />
      <PasswordField name="temporaryPassword" label={labels.temporaryPassword} hint={labels.temporaryPasswordHint} autoComplete="new-password" required />
      <SubmitButton pending={controller.pending}>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
