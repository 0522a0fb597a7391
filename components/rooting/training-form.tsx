"use client";

import Link from "next/link";
import { useEffect, useMemo } from "react";
import { buttonClass } from "@/components/ui/button";
import { ActionForm, SelectField, SubmitButton, TextField, useActionForm } from "@/components/ui/form";
import { useErrorText } from "@/components/ui/i18n-context";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { createTraining, updateTraining } from "@/lib/rooting/training-actions";
import type { TrainingFormValues } from "@/lib/rooting/schemas";
import { isLocalLevel, levelRank } from "@/lib/rooting/values";

type Level = keyof typeof levelRank;

export interface TrainingFormChoices {
  levels: Level[];
  plans: { value: number; label: string }[];
  regions: { id: number; name: string }[];
  provinces: { id: number; name: string; regionId: number; branches: { id: number; name: string }[] }[];
  parents: { id: number; label: string; planId: number; level: Level; startsOn: string; provinceId: number | null; regionIds: number[] }[];
}

/**
 * A training meeting: a regional one lists the regions it covers; a provincial or local one is
 * held in a province (a local one in a branch) and may name the held training its trainers came
 * from — the choices follow the chosen plan, province and date; the server checks them again.
 */
export function TrainingForm({
  mode,
  defaults,
  choices,
  cancelHref,
  t,
}: {
  mode: "create" | "edit";
  defaults: TrainingFormValues;
  choices: TrainingFormChoices;
  cancelHref: string;
  t: { form: Dictionary["rooting"]["form"]; levels: Dictionary["rooting"]["levels"] };
}) {
  const controller = useActionForm(() => import("@/lib/rooting/schemas").then((m) => m.trainingFormSchema), mode === "edit" ? updateTraining : createTraining, defaults);
  const { form } = controller;
  const errorText = useErrorText();
  const initial = (name: keyof TrainingFormValues) => (defaults[name] == null ? "" : String(defaults[name]));
  const f = t.form;

  const level = (form.watch("level") as Level) || "provincial";
  const planId = Number(form.watch("planId")) || null;
  const provinceId = Number(form.watch("provinceId")) || null;
  const startsOn = (form.watch("startsOn") as string) || "";
  const province = choices.provinces.find((p) => p.id === provinceId) ?? null;
  const local = isLocalLevel(level);

  const parents = useMemo(
    () =>
      choices.parents.filter(
        (p) =>
          p.planId === planId &&
          levelRank[p.level] < levelRank[level] &&
          (!startsOn || p.startsOn <= startsOn) &&
          (p.level === "national" || (p.level === "regional" && province !== null && p.regionIds.includes(province.regionId)) || (p.level === "provincial" && p.provinceId === provinceId)),
      ),
    [choices.parents, planId, level, startsOn, province, provinceId],
  );

  // a choice that no longer fits the province or date would be refused: let the user choose again
  useEffect(() => {
    const parentId = Number(form.getValues("parentId"));
    if (parentId && !parents.some((p) => p.id === parentId)) form.setValue("parentId", "");
    const branchId = Number(form.getValues("branchId"));
    if (branchId && !province?.branches.some((b) => b.id === branchId)) form.setValue("branchId", "");
  }, [parents, province, form]);

  const regionError = errorText(form.formState.errors.regionIds?.message as string | undefined);
  const checkedRegions = new Set((defaults.regionIds as string[] | undefined)?.map(Number) ?? []);

  return (
    <ActionForm controller={controller}>
      {mode === "edit" ? <input type="hidden" defaultValue={initial("id")} {...form.register("id")} /> : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {mode === "create" ? (
          <SelectField
            name="level"
            defaultValue={initial("level")}
            label={f.level}
            hint={f.levelHint}
            required
            options={choices.levels.map((l) => ({ value: l, label: t.levels[l] }))}
          />
        ) : (
          <input type="hidden" defaultValue={initial("level")} {...form.register("level")} />
        )}
        <SelectField name="planId" defaultValue={initial("planId")} label={f.plan} required options={choices.plans} />
        <div className="sm:col-span-2">
          <TextField name="title" defaultValue={initial("title")} label={f.title} hint={f.titleHint} required autoComplete="off" maxLength={200} />
        </div>
        <TextField name="startsOn" defaultValue={initial("startsOn")} label={f.startsOn} required type="date" dir="ltr" />
        <TextField name="endsOn" defaultValue={initial("endsOn")} label={f.endsOn} required type="date" dir="ltr" />
        <TextField name="startTime" defaultValue={initial("startTime")} label={f.startTime} type="time" dir="ltr" className="max-w-40" />
        <TextField name="city" defaultValue={initial("city")} label={f.city} required autoComplete="off" maxLength={100} />
        <div className="sm:col-span-2">
          <TextField name="venue" defaultValue={initial("venue")} label={f.venue} autoComplete="off" maxLength={200} />
        </div>
      </div>

      {level === "regional" ? (
        <fieldset aria-describedby="training-regions-hint" className="space-y-2 rounded-lg border border-stone-200 p-4">
          <legend className="px-1 text-sm font-medium text-stone-800">
            {f.regions}{" "}
            <span className="text-accent-600" aria-hidden="true">
              *
            </span>
          </legend>
          <p id="training-regions-hint" className="text-xs text-stone-600">
            {f.regionsHint}
          </p>
          <div className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-2">
            {choices.regions.map((region) => (
              <label key={region.id} className="flex items-center gap-2 text-sm text-stone-800">
                <input type="checkbox" name="regionIds[]" value={region.id} defaultChecked={checkedRegions.has(region.id)} className="size-5 rounded border-stone-400 accent-brand-700" />
                {region.name}
              </label>
            ))}
          </div>
          {regionError ? <p className="text-sm font-medium text-accent-600">{regionError}</p> : null}
        </fieldset>
      ) : null}

      {local ? (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <SelectField
            name="provinceId"
            defaultValue={initial("provinceId")}
            label={f.province}
            required
            placeholder={f.chooseProvince}
            options={choices.provinces.map((p) => ({ value: p.id, label: p.name }))}
          />
          {level === "local" ? (
            <SelectField
              name="branchId"
              defaultValue={initial("branchId")}
              label={f.branch}
              hint={f.branchHint}
              required
              placeholder={f.chooseBranch}
              options={(province?.branches ?? []).map((b) => ({ value: b.id, label: b.name }))}
            />
          ) : (
            <input type="hidden" value="" {...form.register("branchId")} />
          )}
          <div className="sm:col-span-2">
            <SelectField
              name="parentId"
              defaultValue={initial("parentId")}
              label={f.parent}
              hint={province && !parents.length ? f.noParentChoices : f.parentHint}
              placeholder={f.noParent}
              options={parents.map((p) => ({ value: p.id, label: p.label }))}
            />
          </div>
        </div>
      ) : null}

      <TextField name="rapporteur" defaultValue={initial("rapporteur")} label={f.rapporteur} autoComplete="off" maxLength={200} className="max-w-md" />

      <div className="flex flex-wrap gap-2 border-t border-stone-200 pt-5">
        <SubmitButton pending={controller.pending}>{mode === "edit" ? f.save : f.create}</SubmitButton>
        <Link href={cancelHref} className={buttonClass("secondary", "md")}>
          {f.cancel}
        </Link>
      </div>
    </ActionForm>
  );
}
