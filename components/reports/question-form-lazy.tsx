"use client";

import { deferred } from "@/components/ui/deferred";

/** A question's form, fetched after the page: the campaign's questions are read first, edited after. */
export const QuestionForm = deferred(() => import("./question-form").then((m) => m.QuestionForm));
