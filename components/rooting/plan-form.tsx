"use client";

import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { ActionForm, SelectField, SubmitButton, TextareaField, TextField, useActionForm } from "@/components/ui/form";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { createPlan, updatePlan } from "@/lib/rooting/plan-actions";
import type { PlanFormValues } from "@/lib/rooting/schemas";

/** The plan as the Central Committee adopted it: title, adopting session, goals (one a line), start. */
export function PlanForm({
  mode,
  defaults,
  sessions,
  t,
}: {
  mode: "create" | "edit";
  defaults: PlanFormValues;
  sessions: { value: number; label: string }[];
  t: Dictionary["rooting"]["plan"];
}) {
  const controller = useActionForm(() => import("@/lib/rooting/schemas").then((m) => m.planFormSchema), mode === "edit" ? updatePlan : createPlan, defaults);
  const { form } = controller;
  const initial = (name: keyof PlanFormValues) => {
    const value = defaults[name];
    return value == null ? "" : Array.isArray(value) ? value.join("\n") : String(value);
  };
  const f = t.form;
  return (
    <ActionForm controller={controller}>
      {mode === "edit" ? <input type="hidden" defaultValue={initial("id")} {...form.register("id")} /> : null}
      <TextField name="title" defaultValue={initial("title")} label={f.title} required autoComplete="off" maxLength={200} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField name="adoptedBySessionId" defaultValue={initial("adoptedBySessionId")} label={f.session} options={sessions} placeholder={f.sessionNone} />
        <TextField name="startsOn" defaultValue={initial("startsOn")} label={f.startsOn} hint={mode === "create" ? t.newHint : undefined} required type="date" dir="ltr" />
      </div>
      <TextareaField name="goals" defaultValue={initial("goals")} label={f.goals} hint={f.goalsHint} rows={6} />
      <div className="flex flex-wrap gap-2 border-t border-stone-200 pt-5">
        <SubmitButton pending={controller.pending}>{mode === "edit" ? f.save : f.create}</SubmitButton>
        <Link href="/rooting" className={buttonClass("secondary", "md")}>
          {f.cancel}
        </Link>
      </div>
    </ActionForm>
  );
}
