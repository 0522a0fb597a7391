"use client";

import { ActionForm, SelectField, SubmitButton, useActionForm } from "@/components/ui/form";
import { changeUserRole } from "@/lib/admin/actions";
import { userRoles } from "@/lib/admin/values";
import { ScopeFields, type ProvinceOption, type ScopeLabels, type ScopeOption } from "./scope-fields";

export interface RoleFormLabels extends ScopeLabels {
  role: string;
  submit: string;
  roles: Record<(typeof userRoles)[number], string>;
}

export function RoleForm({
  user,
  labels,
  regions,
  provinces,
}: {
  user: { id: number; version: number; role: (typeof userRoles)[number]; scopeRegionId: number | null; scopeProvinceId: number | null };
  labels: RoleFormLabels;
  regions: ScopeOption[];
  provinces: ProvinceOption[];
}) {
  const controller = useActionForm(() => import("@/lib/admin/schemas").then((m) => m.changeRoleSchema), changeUserRole, {
    id: String(user.id),
    // a stale save (another admin changed the role meanwhile) is refused and shown
    version: String(user.version),
    role: user.role,
    scopeRegionId: user.scopeRegionId ? String(user.scopeRegionId) : "",
    scopeProvinceId: user.scopeProvinceId ? String(user.scopeProvinceId) : "",
  });
  return (
    <ActionForm controller={controller}>
      <input type="hidden" name="id" value={user.id} />
      <SelectField name="role" label={labels.role} options={userRoles.map((r) => ({ value: r, label: labels.roles[r] }))} required />
      <ScopeFields regions={regions} provinces={provinces} labels={labels} />
      <SubmitButton pending={controller.pending}>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
