"use client";

import { deferred } from "@/components/ui/deferred";

// The forms that record a training (its trainers, sittings, materials, attendance), fetched after
// the page and only where they are shown — to those who record it; the others only read.
export const PersonForm = deferred(() => import("./training-part-forms").then((m) => m.PersonForm));
export const LeaderForm = deferred(() => import("./training-part-forms").then((m) => m.LeaderForm));
export const CountForm = deferred(() => import("./training-part-forms").then((m) => m.CountForm));
export const SittingForm = deferred(() => import("./training-part-forms").then((m) => m.SittingForm));
export const MaterialForm = deferred(() => import("./training-part-forms").then((m) => m.MaterialForm));
