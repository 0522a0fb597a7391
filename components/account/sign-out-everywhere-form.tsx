"use client";

import { ActionForm, SubmitButton, useActionForm } from "@/components/ui/form";
import { signOutEverywhere } from "@/lib/auth/actions";
import type { ZodObject } from "zod";

/** Ends every session of the account, this one too. */
export function SignOutEverywhereForm({ labels }: { labels: { submit: string } }) {
  const controller = useActionForm<ZodObject>(null, signOutEverywhere, {}) // nothing to check in the browser;
  return (
    <ActionForm controller={controller}>
      <SubmitButton pending={controller.pending} variant="danger">
        {labels.submit}
      </SubmitButton>
    </ActionForm>
  );
}
