import { v, z } from "@/lib/validation";

export const markReadSchema = z.object({ id: v.id() });
export const markAllReadSchema = z.object({});
export const retryEmailSchema = z.object({ id: v.id() });

// the choices of the preferences form (db/schema/notifications.ts), written out here so that the
// browser's copy of this file carries no database schema
const delivery = () => z.enum(["immediate", "digest", "none"]);

/** One choice per family of notices: email at once, in the daily digest, or none. */
export const notificationPreferencesSchema = z.object({
  // the version of the choices the form loaded (lib/concurrency.ts)
  version: v.version(),
  sessions: delivery(),
  workshops: delivery(),
  reports: delivery(),
  trainings: delivery(),
  cooperation: delivery(),
});
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesSchema>;
