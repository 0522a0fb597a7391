import { z } from "@/lib/validation";

/** The subscription buttons send nothing but themselves: the token is the signed-in user's own. */
export const calendarTokenSchema = z.object({});

/** 32 random bytes in base64url: 43 characters. */
export const CALENDAR_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** `?month=2027-03`, else none. */
export const monthParam = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
