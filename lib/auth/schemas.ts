import { v, z } from "@/lib/validation";

export const loginSchema = z.object({
  email: v.email(),
  password: z.string().min(1),
  redirectTo: z.string().optional(),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1),
    newPassword: v.password(),
    confirmPassword: z.string().min(1),
  })
  .refine((d) => d.newPassword === d.confirmPassword, { message: "passwordMismatch", path: ["confirmPassword"] })
  .refine((d) => d.newPassword !== d.currentPassword, { message: "passwordSame", path: ["newPassword"] });

/** Only a path of this site, never another origin. */
export function safeRedirect(target: string | undefined | null, fallback = "/"): string {
  if (!target || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  if (target.startsWith("/login")) return fallback;
  return target;
}
