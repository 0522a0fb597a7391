"use client";

import { deferred } from "@/components/ui/deferred";

/**
 * The training's report form, fetched only where it is shown — to those who record the training,
 * once it has been held: the others, who read the report, never download react-hook-form for it.
 */
export const LazyReportForm = deferred(() => import("./report-form").then((m) => m.ReportForm));
