"use client";

import { ActionForm, SubmitButton, useActionForm } from "@/components/ui/form";
import { signOutEverywhere } from "@/lib/auth/actions";
import { z } from "@/lib/validation";

const noFields = z.object({});

/** Ends every session of the account, this one too. */
export function SignOutEverywhereForm({ labels }: { labels: { submit: string } }) {
  const controller = useActionForm(noFields, signOutEverywhere, {});
  return (
    <ActionForm controller={controller}>
      <SubmitButton pending={controller.pending} variant="danger">
        {labels.submit}
      </SubmitButton>
    </ActionForm>
  );
}
