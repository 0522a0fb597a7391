"use client";

import { deferred } from "@/components/ui/deferred";

/**
 * The new-password form, its code (react-hook-form, the password fields and their icons) fetched
 * right after the page: the signed-out pages share no shell chunk with the app, so it would
 * otherwise weigh on this page's first load alone. The server draws the form, and without
 * JavaScript it still posts to the action.
 */
export const ResetPasswordForm = deferred(() => import("./reset-password-form").then((m) => m.ResetPasswordForm));
