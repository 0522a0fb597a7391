import "server-only";
import { and, asc, between, eq } from "drizzle-orm";
import { db } from "@/db";
import { trainingMeetings } from "@/db/schema";
import { nextDay } from "@/lib/calendar/zone";
import * as clock from "@/lib/clock";
import { fill } from "@/lib/i18n";
import { formatDate, todayInMorocco } from "@/lib/i18n/format";
import { notifyEach } from "@/lib/notifications/localized";
import { peopleOfTraining, trainingHref } from "./notices";

/**
 * The day before a planned training (or on its day, when the job did not run the day before), its
 * named people — trainers, participants, the trainers it trains — are reminded once, each in their
 * language. Reads only the trainings starting today or tomorrow (training_meetings_starts_on_id_index).
 */
export async function remindOfTrainings(now: Date = clock.now()): Promise<number> {
  const today = todayInMorocco(now);
  const trainings = await db
    .select({ id: trainingMeetings.id, title: trainingMeetings.title, city: trainingMeetings.city, startsOn: trainingMeetings.startsOn })
    .from(trainingMeetings)
    .where(and(between(trainingMeetings.startsOn, today, nextDay(today)), eq(trainingMeetings.status, "planned")))
    .orderBy(asc(trainingMeetings.startsOn), asc(trainingMeetings.id));
  if (trainings.length === 0) return 0;
  const people = await peopleOfTraining(
    db,
    trainings.map((t) => t.id),
  );
  return db.transaction(async (tx) => {
    let created = 0;
    for (const training of trainings) {
      created += await notifyEach(tx, people.get(training.id) ?? [], (t, locale) => ({
        kind: "training.reminder",
        title: fill(training.startsOn === today ? t.rooting.notices.todayTitle : t.rooting.notices.tomorrowTitle, { title: training.title }),
        body: fill(t.rooting.notices.soonBody, { date: formatDate(training.startsOn, locale), city: training.city }),
        href: trainingHref(training.id),
        dedupeKey: `training.reminder:${training.id}`,
      }));
    }
    return created;
  });
}
