"use client";

import { useActionState, useId, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { useFileSizeLimit } from "@/components/ui/file-limit";
import type { FormState } from "@/components/ui/form";
import { OneTimeKeyField } from "@/components/ui/one-time-key";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { MATERIAL_ACCEPT } from "@/lib/rooting/material-file";
import { MATERIAL_MAX_BYTES } from "@/lib/uploads";
import { addTrainingPerson, addTrainingSitting, setAttendanceCount } from "@/lib/rooting/training-people-actions";
import { addTrainingMaterial } from "@/lib/rooting/material-actions";
import { MemberPicker, type MemberPickerLabels } from "@/components/members/member-picker";

type Action = (state: FormState, payload: FormData) => Promise<FormState>;
type Add = Dictionary["rooting"]["add"];
type Choice = { value: number; label: string };

const inputClass = (invalid: boolean) =>
  `block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-stone-900 shadow-xs ${invalid ? "border-accent-600" : "border-stone-300 focus:border-brand-600"}`;

/** The answer of one small form, and a fresh key after each success so its fields start empty. */
function useSmallForm(action: Action) {
  const [state, formAction, pending] = useActionState(action, { ok: false } as FormState);
  const [round, setRound] = useState(0);
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.ok) setRound((r) => r + 1);
  }
  return { state, formAction, pending, round };
}

function Message({ state }: { state: FormState }) {
  return (
    <div aria-live="polite" className="empty:hidden">
      {/* a refusal under a field is said there, not twice */}
      {state.message && !Object.values(state.fieldErrors ?? {}).includes(state.message) ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
    </div>
  );
}

/** A labelled control with the server's refusal under it. */
function Field({ label, error, required, children }: { label: string; error?: string; required?: boolean; children: (id: string, errorId: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline gap-1">
        <label htmlFor={id} className="block text-sm font-medium text-stone-800">
          {label}
        </label>
        {/* outside the label, so the field's name is the label alone */}
        {required ? (
          <span className="text-accent-600" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {children(id, `${id}-error`)}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-accent-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function ProvinceSelect({ name, label, choices, placeholder, error }: { name: string; label: string; choices: Choice[]; placeholder: string; error?: string }) {
  return (
    <Field label={label} error={error} required>
      {(id, errorId) => (
        <select id={id} name={name} required aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} className={inputClass(!!error)} defaultValue={choices.length === 1 ? choices[0].value : ""}>
          {choices.length === 1 ? null : <option value="">{placeholder}</option>}
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Names a member in one role; a trained trainer also gets the province they carry the plan into. */
export function PersonForm({
  trainingId,
  role,
  label,
  provinces,
  t,
  picker,
}: {
  trainingId: number;
  role: "trainer" | "bureau" | "participant" | "trained_trainer";
  label: string;
  provinces?: Choice[];
  t: Add;
  picker: MemberPickerLabels;
}) {
  const { state, formAction, pending, round } = useSmallForm(addTrainingPerson as Action);
  const [chosen, setChosen] = useState(false);
  return (
    <form action={formAction} className="max-w-2xl space-y-3 rounded-lg bg-stone-50 p-3" aria-label={label}>
      <input type="hidden" name="trainingId" value={trainingId} />
      <OneTimeKeyField state={state} />
      <input type="hidden" name="role" value={role} />
      <Message state={state} />
      <MemberPicker key={round} name="memberId" purpose="training" label={t.person} labels={picker} error={state.fieldErrors?.memberId} onChange={(m) => setChosen(m.length > 0)} />
      {provinces ? <ProvinceSelect key={`p${round}`} name="provinceId" label={t.provinceFor} choices={provinces} placeholder={t.chooseProvince} error={state.fieldErrors?.provinceId} /> : null}
      <button type="submit" disabled={pending || !chosen} className={buttonClass("primary", "sm", "disabled:opacity-50")}>
        {t.add}
      </button>
    </form>
  );
}

/** Chooses who led a provincial or local training among the parent's trained trainers. */
export function LeaderForm({ trainingId, choices, t }: { trainingId: number; choices: Choice[]; t: Add }) {
  const { state, formAction, pending, round } = useSmallForm(addTrainingPerson as Action);
  const error = state.fieldErrors?.memberId;
  return (
    <form action={formAction} className="max-w-2xl space-y-3 rounded-lg bg-stone-50 p-3" aria-label={t.leader}>
      <input type="hidden" name="trainingId" value={trainingId} />
      <OneTimeKeyField state={state} />
      <input type="hidden" name="role" value="leader" />
      <Message state={state} />
      <Field label={t.leader} error={error} required>
        {(id, errorId) => (
          <select key={round} id={id} name="memberId" required aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} className={inputClass(!!error)} defaultValue="">
            <option value="">{t.chooseLeader}</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" disabled={pending} className={buttonClass("primary", "sm")}>
        {t.add}
      </button>
    </form>
  );
}

/** Sets the number present from a province (0 removes the line). */
export function CountForm({ trainingId, provinces, t }: { trainingId: number; provinces: Choice[]; t: Add }) {
  const { state, formAction, pending, round } = useSmallForm(setAttendanceCount as Action);
  return (
    <form key={round} action={formAction} className="max-w-2xl space-y-3 rounded-lg bg-stone-50 p-3" aria-label={t.setCount}>
      <input type="hidden" name="trainingId" value={trainingId} />
      <OneTimeKeyField state={state} />
      <Message state={state} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[2fr_1fr]">
        <ProvinceSelect name="provinceId" label={t.province} choices={provinces} placeholder={t.chooseProvince} error={state.fieldErrors?.provinceId} />
        <Field label={t.count} error={state.fieldErrors?.count} required>
          {(id, errorId) => (
            <input
              id={id}
              name="count"
              type="number"
              min={0}
              inputMode="numeric"
              dir="ltr"
              required
              aria-invalid={state.fieldErrors?.count ? true : undefined}
              aria-describedby={state.fieldErrors?.count ? errorId : undefined}
              className={inputClass(!!state.fieldErrors?.count)}
            />
          )}
        </Field>
      </div>
      <p className="text-xs text-stone-600">{t.countHint}</p>
      <button type="submit" disabled={pending} className={buttonClass("primary", "sm")}>
        {t.setCount}
      </button>
    </form>
  );
}

export function SittingForm({ trainingId, t }: { trainingId: number; t: Add }) {
  const { state, formAction, pending, round } = useSmallForm(addTrainingSitting as Action);
  return (
    <form key={round} action={formAction} className="max-w-2xl space-y-3 rounded-lg bg-stone-50 p-3" aria-label={t.addSitting}>
      <input type="hidden" name="trainingId" value={trainingId} />
      <OneTimeKeyField state={state} />
      <Message state={state} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field label={t.sittingTitle} error={state.fieldErrors?.title} required>
          {(id) => <input id={id} name="title" required maxLength={200} autoComplete="off" className={inputClass(!!state.fieldErrors?.title)} />}
        </Field>
        <Field label={t.sittingChair} error={state.fieldErrors?.chair}>
          {(id) => <input id={id} name="chair" maxLength={200} autoComplete="off" className={inputClass(!!state.fieldErrors?.chair)} />}
        </Field>
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary", "sm")}>
        {t.addSitting}
      </button>
    </form>
  );
}

/**
 * A file (PDF, DOCX, PPTX, image; 20 MB) or a link, with a title. Too large a file is refused as it
 * is chosen, with the server's own sentence (`tooLarge`), and never sent.
 */
export function MaterialForm({ trainingId, t, tooLarge }: { trainingId: number; t: Add; tooLarge: string }) {
  const { state, formAction, pending, round } = useSmallForm(addTrainingMaterial as Action);
  const limit = useFileSizeLimit(MATERIAL_MAX_BYTES, tooLarge);
  const errors: Record<string, string | undefined> = { ...state.fieldErrors, ...(limit.error ? { file: limit.error } : {}) };
  return (
    <form key={round} action={formAction} className="max-w-2xl space-y-3 rounded-lg bg-stone-50 p-3" aria-label={t.addMaterial}>
      <input type="hidden" name="trainingId" value={trainingId} />
      <OneTimeKeyField state={state} />
      <Message state={state} />
      <Field label={t.materialTitle} error={errors.title} required>
        {(id) => <input id={id} name="title" required maxLength={200} autoComplete="off" className={inputClass(!!errors.title)} />}
      </Field>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field label={t.materialFile} error={errors.file}>
          {(id, errorId) => (
            <>
              <input
                id={id}
                name="file"
                type="file"
                accept={MATERIAL_ACCEPT}
                onChange={limit.onChange}
                aria-describedby={`${id}-hint${errors.file ? ` ${errorId}` : ""}`}
                aria-invalid={errors.file ? true : undefined}
                className="block w-full text-sm text-stone-700 file:me-3 file:rounded-lg file:border-0 file:bg-brand-700 file:px-3 file:py-2 file:text-white"
              />
              <p id={`${id}-hint`} className="text-xs text-stone-600">
                {t.materialFileHint}
              </p>
            </>
          )}
        </Field>
        <Field label={t.materialUrl} error={errors.url}>
          {(id) => <input id={id} name="url" type="url" dir="ltr" inputMode="url" placeholder="https://" maxLength={2000} className={inputClass(!!errors.url)} />}
        </Field>
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary", "sm")}>
        {t.addMaterial}
      </button>
    </form>
  );
}
