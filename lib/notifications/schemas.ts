import { v, z } from "@/lib/validation";

export const markReadSchema = z.object({ id: v.id() });
export const markAllReadSchema = z.object({});
export const retryEmailSchema = z.object({ id: v.id() });
