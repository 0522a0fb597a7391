"use client";

import { CloudOff, Check, LoaderCircle, TriangleAlert } from "lucide-react";
import { intlLocale, TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { SaveStatus } from "./use-report-autosave";

function timeOf(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23", numberingSystem: "latn" }).format(
    new Date(iso),
  );
}

/** Where the text is: being typed, on its way, on the server (since when), or only on this device. */
export function SaveStatusLine({
  status,
  savedAt,
  message,
  locale,
  t,
}: {
  status: SaveStatus;
  savedAt: string | null;
  message: string | null;
  locale: Locale;
  t: Dictionary["reports"]["filing"]["saveState"];
}) {
  const [Icon, text, tone] =
    status === "saving"
      ? [LoaderCircle, t.saving, "text-stone-700"]
      : status === "saved" && savedAt
        ? [Check, fill(t.savedAt, { time: timeOf(savedAt, locale) }), "text-brand-800"]
        : status === "dirty"
          ? [null, t.dirty, "text-stone-700"]
          : status === "offline"
            ? [CloudOff, t.offline, "text-amber-900"]
            : status === "failed"
              ? [TriangleAlert, t.failed, "text-amber-900"]
              : status === "refused"
                ? [TriangleAlert, message ?? t.failed, "text-accent-600"]
                : [null, status === "conflict" ? "" : t.idle, "text-stone-600"];
  return (
    <p role="status" aria-live="polite" className={`flex min-h-6 items-center gap-2 text-sm font-medium ${tone}`}>
      {Icon ? <Icon aria-hidden="true" size={18} className={status === "saving" ? "animate-spin" : undefined} /> : null}
      <span>{text}</span>
    </p>
  );
}
