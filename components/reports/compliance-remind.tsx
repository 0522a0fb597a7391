"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { remindLate } from "@/lib/reports/compliance-actions";

/** A remind button: one body (region and province given) or every late body of the campaign. */
export function ComplianceRemind({
  campaignId,
  regionId,
  provinceId,
  label,
  accessibleLabel,
  variant = "secondary",
}: {
  campaignId: number;
  regionId?: number;
  provinceId?: number | null;
  label: string;
  accessibleLabel?: string;
  variant?: "primary" | "secondary";
}) {
  const [state, formAction, pending] = useActionState(remindLate, { ok: false });
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="campaignId" value={campaignId} />
      {regionId ? <input type="hidden" name="regionId" value={regionId} /> : null}
      {provinceId ? <input type="hidden" name="provinceId" value={provinceId} /> : null}
      <button type="submit" disabled={pending} aria-label={accessibleLabel} className={buttonClass(variant, "sm")}>
        {label}
      </button>
      <p aria-live="polite" className={state.ok ? "text-xs text-brand-800" : "text-xs text-accent-600"}>
        {state.message ?? ""}
      </p>
    </form>
  );
}
