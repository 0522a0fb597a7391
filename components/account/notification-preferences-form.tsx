"use client";

import { ActionForm, SubmitButton, useActionForm } from "@/components/ui/form";
import { RadioGroupField } from "@/components/ui/radio-group-field";
import { saveNotificationPreferences } from "@/lib/notifications/preference-actions";
import type { NotificationPreferencesInput } from "@/lib/notifications/schemas";

type Family = Exclude<keyof NotificationPreferencesInput, "version">;

/** One radio group per family of notices: email at once, in the daily digest, or none. */
export function NotificationPreferencesForm({
  initial,
  groups,
  deliveries,
  submit,
}: {
  initial: Omit<NotificationPreferencesInput, "version"> & { version: string };
  groups: { family: Family; legend: string; hint: string }[];
  deliveries: { value: string; label: string }[];
  submit: string;
}) {
  const controller = useActionForm(() => import("@/lib/notifications/schemas").then((m) => m.notificationPreferencesSchema), saveNotificationPreferences, initial);
  return (
    <ActionForm controller={controller} className="space-y-6">
      {groups.map((group) => (
        <RadioGroupField key={group.family} name={group.family} legend={group.legend} hint={group.hint} options={deliveries} />
      ))}
      <SubmitButton pending={controller.pending}>{submit}</SubmitButton>
    </ActionForm>
  );
}
