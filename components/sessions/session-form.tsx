"use client";

import Link from "next/link";
import { useEffect } from "react";
import { buttonClass } from "@/components/ui/button";
import { ActionForm, SubmitButton, TextareaField, TextField, useActionForm } from "@/components/ui/form";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { createSession, updateSession } from "@/lib/sessions/actions";
import type { SessionFormValues } from "@/lib/sessions/schemas";

type Text = Dictionary["sessions"];

function suggestedTitle(t: Pick<Text, "ordinals" | "defaultTitle" | "ordinalNumber">, ordinal: number): string {
  const word = t.ordinals[ordinal - 1];
  return word ? t.defaultTitle.replace("{ordinal}", word) : t.ordinalNumber.replace("{n}", String(ordinal));
}

/**
 * A session's identity and dates. On creation the title follows the ordinal (الدورة التاسعة …)
 * until the Bureau writes its own.
 */
export function SessionForm({
  mode,
  defaults,
  cancelHref,
  t,
}: {
  mode: "create" | "edit";
  defaults: SessionFormValues;
  cancelHref: string;
  t: Pick<Text, "form" | "ordinals" | "defaultTitle" | "ordinalNumber">;
}) {
  const initial = (name: keyof SessionFormValues) => (defaults[name] == null ? "" : String(defaults[name]));
  const controller = useActionForm(() => import("@/lib/sessions/schemas").then((m) => m.sessionFormSchema), mode === "edit" ? updateSession : createSession, defaults);
  const { form } = controller;
  const ordinal = Number(form.watch("ordinal"));

  useEffect(() => {
    if (mode !== "create" || !Number.isInteger(ordinal) || ordinal < 1) return;
    if (!form.getFieldState("title").isDirty) form.setValue("title", suggestedTitle(t, ordinal));
  }, [ordinal, mode, form, t]);

  const f = t.form;
  return (
    <ActionForm controller={controller}>
      {mode === "edit" ? <input type="hidden" defaultValue={initial("id")} {...form.register("id")} /> : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField name="ordinal" defaultValue={initial("ordinal")} label={f.ordinal} hint={mode === "create" ? f.ordinalHint : undefined} required type="number" min={1} inputMode="numeric" dir="ltr" />
        <TextField name="title" defaultValue={initial("title")} label={f.title} required autoComplete="off" />
        <TextField name="startsOn" defaultValue={initial("startsOn")} label={f.startsOn} required type="date" dir="ltr" />
        <TextField name="endsOn" defaultValue={initial("endsOn")} label={f.endsOn} required type="date" dir="ltr" />
        <TextField name="venue" defaultValue={initial("venue")} label={f.venue} required autoComplete="off" />
        <TextField name="city" defaultValue={initial("city")} label={f.city} required autoComplete="off" />
        <div className="sm:col-span-2">
          <TextareaField name="description" defaultValue={initial("description")} label={f.description} rows={4} />
        </div>
      </div>
      <div className="flex flex-wrap gap-2 border-t border-stone-200 pt-5">
        <SubmitButton pending={controller.pending}>{mode === "edit" ? f.save : f.create}</SubmitButton>
        <Link href={cancelHref} className={buttonClass("secondary", "md")}>
          {f.cancel}
        </Link>
      </div>
    </ActionForm>
  );
}
