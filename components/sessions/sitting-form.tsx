"use client";

import Link from "next/link";
import { useEffect } from "react";
import { buttonClass } from "@/components/ui/button";
import { ActionForm, SelectField, SubmitButton, TextField, useActionForm } from "@/components/ui/form";
import type { SittingKind } from "@/db/schema/sessions";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { createSitting, updateSitting } from "@/lib/sessions/actions";
import type { SittingFormValues } from "@/lib/sessions/schemas";
import { sittingKinds } from "@/lib/sessions/values";
import { MemberPicker, type MemberPickerLabels } from "@/components/members/member-picker";

/** A sitting's kind, time, chairs and rapporteur; its title follows the kind until one is written. */
export function SittingForm({
  mode,
  defaults,
  rapporteur,
  range,
  cancelHref,
  t,
  kindLabels,
  picker,
}: {
  mode: "create" | "edit";
  defaults: SittingFormValues;
  rapporteur: { id: number; name: string } | null;
  range: { min: string; max: string };
  cancelHref: string;
  t: Dictionary["sessions"]["sitting"];
  kindLabels: Record<SittingKind, string>;
  picker: MemberPickerLabels;
}) {
  const initial = (name: keyof SittingFormValues) => (defaults[name] == null ? "" : String(defaults[name]));
  const controller = useActionForm(() => import("@/lib/sessions/schemas").then((m) => m.sittingFormSchema), mode === "edit" ? updateSitting : createSitting, defaults);
  const { form } = controller;
  const kind = form.watch("kind") as SittingKind;

  useEffect(() => {
    if (mode === "create" && kind && !form.getFieldState("title").isDirty) form.setValue("title", kindLabels[kind]);
  }, [kind, mode, form, kindLabels]);

  return (
    <ActionForm controller={controller}>
      {mode === "edit" ? <input type="hidden" defaultValue={initial("id")} {...form.register("id")} /> : <input type="hidden" defaultValue={initial("sessionId")} {...form.register("sessionId")} />}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField name="kind" defaultValue={initial("kind")} label={t.kind} required options={sittingKinds.map((k) => ({ value: k, label: kindLabels[k] }))} />
        <TextField name="title" defaultValue={initial("title")} label={t.title} required autoComplete="off" />
        <TextField name="date" defaultValue={initial("date")} label={t.date} required type="date" min={range.min} max={range.max} dir="ltr" />
        <div className="grid grid-cols-2 gap-4">
          <TextField name="startTime" defaultValue={initial("startTime")} label={t.startTime} required type="time" dir="ltr" />
          <TextField name="endTime" defaultValue={initial("endTime")} label={t.endTime} type="time" dir="ltr" />
        </div>
        <TextField name="chairs" defaultValue={initial("chairs")} label={t.chairs} hint={t.chairsHint} autoComplete="off" />
        <MemberPicker name="rapporteurId" purpose="session" label={t.rapporteur} initial={rapporteur} labels={picker} />
      </div>
      <div className="flex flex-wrap gap-2 border-t border-stone-200 pt-5">
        <SubmitButton pending={controller.pending}>{mode === "edit" ? t.save : t.create}</SubmitButton>
        <Link href={cancelHref} className={buttonClass("secondary", "md")}>
          {t.cancel}
        </Link>
      </div>
    </ActionForm>
  );
}
