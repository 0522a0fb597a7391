"use client";

import Link from "next/link";
import { useEffect, useMemo, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { ActionForm, SelectField, SubmitButton, TextField, useActionForm } from "@/components/ui/form";
import type { MemberStatus } from "@/db/schema/people";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { createMember, updateMember } from "@/lib/members/actions";
import type { ProvinceBranches } from "@/lib/members/queries";
import type { MemberFormValues } from "@/lib/members/schemas";
import { genders, memberStatuses } from "@/lib/members/values";

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="py-5 first:pt-0">
      <legend className="float-start mb-3 w-full text-lg font-semibold text-stone-900">{legend}</legend>
      <div className="clear-both grid grid-cols-1 gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/**
 * A member's registration or edit. The branch is chosen in two steps, province then branch, among
 * the branches of the viewer's scope only (the server checks the scope again).
 */
export function MemberForm({
  mode,
  defaults,
  provinces,
  cancelHref,
  labels,
  statusLabels,
  genderLabels,
}: {
  mode: "create" | "edit";
  defaults: MemberFormValues;
  provinces: ProvinceBranches[];
  cancelHref: string;
  labels: Dictionary["members"]["form"];
  statusLabels: Record<MemberStatus, string>;
  genderLabels: Dictionary["members"]["gender"];
}) {
  // also written into the HTML, so the fields are filled before the form's script has run
  const initial = (name: keyof MemberFormValues) => (defaults[name] == null ? "" : String(defaults[name]));
  const controller = useActionForm(() => import("@/lib/members/schemas").then((m) => m.memberFormSchema), mode === "edit" ? updateMember : createMember, defaults);
  const { form } = controller;
  const provinceId = Number(form.watch("provinceId")) || null;
  const branches = useMemo(() => provinces.find((p) => p.id === provinceId)?.branches ?? [], [provinces, provinceId]);

  // a branch of the previous province would be sent with the new one: let the officer choose again
  useEffect(() => {
    const branchId = Number(form.getValues("branchId"));
    if (branchId && !branches.some((b) => b.id === branchId)) form.setValue("branchId", "");
  }, [branches, form]);

  return (
    <ActionForm controller={controller}>
      {mode === "edit" ? <input type="hidden" defaultValue={initial("id")} {...form.register("id")} /> : null}
      <div className="divide-y divide-stone-200">
        <Section legend={labels.identity}>
          <TextField name="fullNameAr" defaultValue={initial("fullNameAr")} label={labels.fullNameAr} required autoComplete="off" />
          <TextField
            name="fullNameLatin"
            defaultValue={initial("fullNameLatin")}
            label={labels.fullNameLatin}
            hint={labels.fullNameLatinHint}
            dir="ltr"
            autoComplete="off"
          />
          <TextField name="memberNumber" defaultValue={initial("memberNumber")} label={labels.memberNumber} required dir="ltr" autoComplete="off" />
          <SelectField
            name="gender"
            defaultValue={initial("gender")}
            label={labels.gender}
            placeholder={labels.genderUnset}
            options={genders.map((g) => ({ value: g, label: genderLabels[g] }))}
          />
        </Section>
        <Section legend={labels.contact}>
          <TextField name="phone" defaultValue={initial("phone")} label={labels.phone} type="tel" dir="ltr" autoComplete="off" />
          <TextField name="email" defaultValue={initial("email")} label={labels.email} type="email" dir="ltr" autoComplete="off" />
        </Section>
        <Section legend={labels.membership}>
          <SelectField
            name="provinceId"
            defaultValue={initial("provinceId")}
            label={labels.province}
            hint={labels.provinceHint}
            placeholder={provinces.length > 1 ? labels.chooseProvince : undefined}
            options={provinces.map((p) => ({ value: p.id, label: p.name }))}
          />
          <SelectField
            name="branchId"
            defaultValue={initial("branchId")}
            label={labels.branch}
            required
            placeholder={labels.chooseBranch}
            options={branches.map((b) => ({ value: b.id, label: b.name }))}
          />
          <SelectField
            name="status"
            defaultValue={initial("status")}
            label={labels.status}
            hint={labels.statusHint}
            required
            options={memberStatuses.map((s) => ({ value: s, label: statusLabels[s] }))}
          />
          <TextField name="joinedOn" defaultValue={initial("joinedOn")} label={labels.joinedOn} type="date" dir="ltr" />
        </Section>
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
