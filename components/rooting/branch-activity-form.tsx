"use client";

import { useEffect } from "react";
import { ButtonLink } from "@/components/ui/button";
import { ActionForm, SelectField, SubmitButton, TextareaField, TextField, useActionForm } from "@/components/ui/form";
import { createRootingActivity, updateRootingActivity } from "@/lib/rooting/branch-actions";
import type { rootingActivityKinds } from "@/lib/rooting/schemas";

type Kind = (typeof rootingActivityKinds)[number];

export interface ActivityFormLabels {
  date: string;
  kind: string;
  chooseKind: string;
  description: string;
  peopleReached: string;
  peopleReachedHint: string;
  submit: string;
  cancel: string;
  saved: string;
}

export interface ActivityValues {
  id: number;
  date: string;
  kind: Kind;
  description: string;
  peopleReached: number | null;
}

type KindOption = { value: Kind; label: string };

// the select shows its placeholder until a kind is chosen; the schema refuses it if left so
const noKind = "" as Kind;

function ActivityFields({ labels, kinds, today }: { labels: ActivityFormLabels; kinds: KindOption[]; today: string }) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="date" label={labels.date} type="date" max={today} dir="ltr" required />
        <SelectField name="kind" label={labels.kind} options={kinds} placeholder={labels.chooseKind} required />
      </div>
      <TextareaField name="description" label={labels.description} rows={2} required maxLength={500} />
      <TextField
        name="peopleReached"
        label={labels.peopleReached}
        hint={labels.peopleReachedHint}
        type="number"
        min={0}
        step={1}
        inputMode="numeric"
        className="sm:max-w-48"
      />
    </>
  );
}

const emptyActivity = (branchId: number) => ({ branchId: String(branchId), date: "", kind: noKind, description: "", peopleReached: "" });

/** Records an activity and empties itself for the next one; the list above refreshes. */
export function NewActivityForm({ branchId, kinds, today, labels }: { branchId: number; kinds: KindOption[]; today: string; labels: ActivityFormLabels }) {
  const controller = useActionForm(() => import("@/lib/rooting/schemas").then((m) => m.createActivitySchema), createRootingActivity, emptyActivity(branchId));
  const { state, form } = controller;
  useEffect(() => {
    if (state.ok) form.reset(emptyActivity(branchId));
  }, [state, form, branchId]);
  return (
    <ActionForm controller={controller} successMessage={labels.saved}>
      <input type="hidden" {...form.register("branchId")} />
      <ActivityFields labels={labels} kinds={kinds} today={today} />
      <SubmitButton pending={controller.pending}>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}

export function EditActivityForm({
  activity,
  cancelHref,
  kinds,
  today,
  labels,
}: {
  activity: ActivityValues;
  cancelHref: string;
  kinds: KindOption[];
  today: string;
  labels: ActivityFormLabels;
}) {
  const controller = useActionForm(() => import("@/lib/rooting/schemas").then((m) => m.updateActivitySchema), updateRootingActivity, {
    id: String(activity.id),
    date: activity.date,
    kind: activity.kind,
    description: activity.description,
    peopleReached: activity.peopleReached == null ? "" : String(activity.peopleReached),
  });
  return (
    <ActionForm controller={controller}>
      <input type="hidden" {...controller.form.register("id")} />
      <ActivityFields labels={labels} kinds={kinds} today={today} />
      <div className="flex flex-wrap gap-2 pt-2">
        <SubmitButton pending={controller.pending}>{labels.submit}</SubmitButton>
        <ButtonLink href={cancelHref} variant="secondary">
          {labels.cancel}
        </ButtonLink>
      </div>
    </ActionForm>
  );
}
