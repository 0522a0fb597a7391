"use client";

import Link from "next/link";
import { useFormContext, useWatch } from "react-hook-form";
import { buttonClass } from "@/components/ui/button";
import { ActionForm, CheckboxField, SelectField, SubmitButton, TextareaField, TextField, useActionForm } from "@/components/ui/form";
import { useErrorText } from "@/components/ui/i18n-context";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { createCampaign, updateCampaign } from "@/lib/reports/campaign-actions";
import type { CampaignFormValues } from "@/lib/reports/schemas";
import { campaignLevels } from "@/lib/reports/values";

interface Choice {
  value: string | number;
  label: string;
}

/** The regions of a campaign that does not cover them all: plain checkboxes, posted as `regionIds[]`. */
function RegionChoices({ regions, chosen, t }: { regions: Choice[]; chosen: number[]; t: Dictionary["reports"]["campaign"]["fields"] }) {
  const { control, getFieldState, formState } = useFormContext();
  const all = useWatch({ control, name: "allTerritories" });
  const errorText = useErrorText();
  const error = errorText(getFieldState("regionIds", formState).error?.message);
  if (all === true || all === "on") return null;
  return (
    <fieldset className="space-y-2" aria-describedby="campaign-regions-hint" aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-stone-800">{t.regions}</legend>
      <p id="campaign-regions-hint" className="text-xs text-stone-600">
        {t.regionsHint}
      </p>
      <div className="grid gap-x-4 gap-y-2 sm:grid-cols-2">
        {regions.map((region) => (
          <label key={region.value} className="flex items-center gap-2 text-sm text-stone-800">
            <input type="checkbox" name="regionIds[]" value={region.value} defaultChecked={chosen.includes(Number(region.value))} className="size-5 accent-brand-700" />
            {region.label}
          </label>
        ))}
      </div>
      {error ? <p className="text-sm font-medium text-accent-600">{error}</p> : null}
    </fieldset>
  );
}

/**
 * A campaign's fields. Once the campaign is open its level, regions and opening date are fixed
 * (`locked`): they travel as hidden fields and the server refuses any change to them.
 */
export function CampaignForm({
  mode,
  defaults,
  regions,
  chosenRegions,
  templates,
  locked,
  lockedSummary,
  cancelHref,
  t,
}: {
  mode: "create" | "edit";
  defaults: CampaignFormValues;
  regions: Choice[];
  chosenRegions: number[];
  templates: Choice[];
  locked: boolean;
  lockedSummary?: string;
  cancelHref: string;
  t: Dictionary["reports"];
}) {
  const c = t.campaign;
  const f = c.fields;
  const controller = useActionForm(() => import("@/lib/reports/schemas").then((m) => mode === "create" ? m.createCampaignSchema : m.updateCampaignSchema), mode === "create" ? createCampaign : updateCampaign, defaults);
  const { form } = controller;
  return (
    <ActionForm controller={controller} successMessage={mode === "edit" ? c.saved : undefined}>
      {mode === "edit" ? <input type="hidden" {...form.register("id")} /> : null}
      <TextField name="title" label={f.title} required maxLength={200} autoComplete="off" />
      <TextareaField name="purpose" label={f.purpose} rows={3} maxLength={4000} />
      {locked ? (
        <>
          <input type="hidden" {...form.register("level")} />
          <input type="hidden" {...form.register("opensOn")} />
          {defaults.allTerritories ? <input type="hidden" name="allTerritories" value="on" /> : null}
          {chosenRegions.map((id) => (
            <input key={id} type="hidden" name="regionIds[]" value={id} />
          ))}
          <p className="rounded-lg bg-stone-100 px-3 py-2 text-sm text-stone-700">
            {lockedSummary} <span className="block text-xs text-stone-600">{c.lockedWhileOpen}</span>
          </p>
        </>
      ) : (
        <>
          <SelectField name="level" label={f.level} hint={f.levelHint} required options={campaignLevels.map((level) => ({ value: level, label: t.levels[level] }))} />
          <CheckboxField name="allTerritories" label={f.allTerritories} />
          <RegionChoices regions={regions} chosen={chosenRegions} t={f} />
        </>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {locked ? null : <TextField name="opensOn" label={f.opensOn} type="date" required dir="ltr" className="max-w-56" />}
        <TextField name="deadline" label={f.deadline} hint={f.deadlineHint} type="date" required dir="ltr" className="max-w-56" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="synthesisMeeting" label={f.synthesisMeeting} hint={f.synthesisMeetingHint} maxLength={300} autoComplete="off" />
        <TextField name="synthesisMeetingOn" label={f.synthesisMeetingOn} type="date" dir="ltr" className="max-w-56" />
      </div>
      {mode === "create" ? <SelectField name="copyFrom" label={f.copyFrom} options={templates} placeholder={f.copyFromNone} /> : null}
      <div className="flex flex-wrap gap-2 border-t border-stone-200 pt-4">
        <SubmitButton pending={controller.pending}>{mode === "create" ? c.create : c.save}</SubmitButton>
        <Link href={cancelHref} className={buttonClass("secondary", "md")}>
          {c.cancel}
        </Link>
      </div>
    </ActionForm>
  );
}
