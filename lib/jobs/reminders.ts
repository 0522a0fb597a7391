import "server-only";
import * as clock from "@/lib/clock";
import { remindOfFollowUps } from "@/lib/diplomacy/reminders";
import { remindOfPapers } from "@/lib/papers/reminders";
import { remindOfDeadlines } from "@/lib/reports/reminders";
import { remindOfTrainings } from "@/lib/rooting/reminders";
import { tellWorkshopParticipants } from "@/lib/sessions/reminders";

/**
 * Every reminder due now, as the hourly job runs them: each kind reads only what is near its due
 * day and writes each notice once (dedupe keys), so a second run, or a second server, adds nothing.
 */
export async function remindOfEverything(now: Date = clock.now()): Promise<Record<string, number>> {
  return {
    reports: await remindOfDeadlines(now),
    papers: await remindOfPapers(now),
    trainings: await remindOfTrainings(now),
    followUps: await remindOfFollowUps(now),
    workshops: await tellWorkshopParticipants(now),
  };
}
