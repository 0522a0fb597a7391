import { v, z } from "@/lib/validation";

// control characters (tab and line breaks included: no one types them in a sign-in field)
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const noControl = (s: string) => !CONTROL.test(s);

/** Bounded before anything is hashed: a megabyte of password is refused, not verified. */
export const loginSchema = z.object({
  email: z.string().max(254).refine(noControl, "controlChars").pipe(v.email()),
  password: z.string().min(1).max(256).refine(noControl, "controlChars"),
  redirectTo: z.string().max(2000).optional(),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1).max(256),
    newPassword: v.password(),
    confirmPassword: z.string().min(1).max(256),
  })
  .refine((d) => d.newPassword === d.confirmPassword, { message: "passwordMismatch", path: ["confirmPassword"] })
  .refine((d) => d.newPassword !== d.currentPassword, { message: "passwordSame", path: ["newPassword"] });

/** Only a path of this site, never another origin. */
export function safeRedirect(target: string | undefined | null, fallback = "/"): string {
  if (!target || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  if (target.startsWith("/login")) return fallback;
  return target;
}

/** The email a reset link is asked for: bounded and checked as the sign-in's is. */
export const forgotPasswordSchema = z.object({
  email: z.string().max(254).refine(noControl, "controlChars").pipe(v.email()),
});

/** A new password set from an emailed link: the same rules as every other password. */
export const passwordFromLinkSchema = z
  .object({
    token: z.string().max(100).regex(/^[A-Za-z0-9_-]{43}$/, "linkInvalid"),
    newPassword: v.password(),
    confirmPassword: z.string().min(1).max(256),
  })
  .refine((d) => d.newPassword === d.confirmPassword, { message: "passwordMismatch", path: ["confirmPassword"] });
