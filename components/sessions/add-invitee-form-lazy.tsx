"use client";

import { deferred } from "@/components/ui/deferred";

/** The form that adds an invitee, fetched after the page: the member picker is not part of its first load. */
export const AddInviteeForm = deferred(() => import("./add-invitee-form").then((m) => m.AddInviteeForm));
