"use client";

import { deferred } from "@/components/ui/deferred";

/** The agenda item's form, fetched after the page: the programme is read first, edited after. */
export const AgendaItemForm = deferred(() => import("./agenda-item-form").then((m) => m.AgendaItemForm));
