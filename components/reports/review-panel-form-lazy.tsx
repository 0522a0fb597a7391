"use client";

import { deferred } from "@/components/ui/deferred";

/** The Bureau's decision on a report, fetched only where it is shown: an officer never downloads it. */
export const ReviewPanelForm = deferred(() => import("./review-panel-form").then((m) => m.ReviewPanelForm));
