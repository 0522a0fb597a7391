"use client";

import { deferred } from "@/components/ui/deferred";

/**
 * The officer's report form, its code (the autosave, the offline draft, the checks) fetched right
 * after the page: on a phone the report reads at once, as the server drew it, and answers once the
 * code has come; what is typed meanwhile stays in the fields and is saved at the next change.
 */
export const ReportForm = deferred(() => import("./report-form").then((m) => m.ReportForm));
