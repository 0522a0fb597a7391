import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { agreementParties, agreements, delegations, diplomaticMeetings, followUpActions, meetingParties, partnerParties, partyEvents } from "../schema";
import { congressDelegations, demoMeetings, eighthCongress, partnerPartyTexts, peruAgreement } from "./data/diplomacy";
import { memberIdsOf } from "./people";
import { onSeedDay, seedToday } from "./today";

/** The partner parties by their seed key, each added when missing (by original name and country). */
async function seedPartners(db: Database): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const { key, ...party } of partnerPartyTexts) {
    const [existing] = await db
      .select({ id: partnerParties.id })
      .from(partnerParties)
      .where(and(eq(partnerParties.nameOriginal, party.nameOriginal), eq(partnerParties.country, party.country)));
    const id = existing?.id ?? (await db.insert(partnerParties).values(party).returning({ id: partnerParties.id }))[0].id;
    ids.set(key, id);
  }
  return ids;
}

async function seedEighthCongress(db: Database, parties: Map<string, number>) {
  const [existing] = await db
    .select({ id: partyEvents.id })
    .from(partyEvents)
    .where(and(eq(partyEvents.kind, "congress"), eq(partyEvents.ordinal, eighthCongress.ordinal)));
  if (existing) return;
  const [event] = await db.insert(partyEvents).values(eighthCongress).returning({ id: partyEvents.id });
  const country = new Map(partnerPartyTexts.map((p) => [p.key, p.country]));
  await db.insert(delegations).values(
    congressDelegations.map((d) => ({
      eventId: event.id,
      partyId: parties.get(d.party)!,
      country: country.get(d.party)!,
      headOfDelegation: d.head,
      members: d.members,
      arrivedOn: "2010-05-27",
      leftOn: "2010-05-31",
      spoke: d.spoke,
      notes: d.notes ?? null,
    })),
  );
}

async function seedMeetings(db: Database, parties: Map<string, number>) {
  for (const { parties: keys, ...meeting } of demoMeetings) {
    const [existing] = await db
      .select({ id: diplomaticMeetings.id })
      .from(diplomaticMeetings)
      .where(and(eq(diplomaticMeetings.date, meeting.date), eq(diplomaticMeetings.place, meeting.place)));
    if (existing) continue;
    const [row] = await db.insert(diplomaticMeetings).values(meeting).returning({ id: diplomaticMeetings.id });
    await db.insert(meetingParties).values(keys.map((key) => ({ meetingId: row.id, partyId: parties.get(key)! })));
  }
}

async function seedPeruAgreement(db: Database, parties: Map<string, number>, today: string) {
  const { followUps, ...fields } = peruAgreement;
  const [existing] = await db
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(eq(agreements.title, fields.title), eq(agreements.signedOn, fields.signedOn)));
  if (existing) return;
  const [row] = await db.insert(agreements).values(fields).returning({ id: agreements.id });
  await db.insert(agreementParties).values({ agreementId: row.id, partyId: parties.get("fp")! });
  const owners = [...new Set(await memberIdsOf(db, "political_bureau"))].sort((a, b) => a - b);
  await db.insert(followUpActions).values(
    followUps.map((f, i) => ({
      agreementId: row.id,
      title: f.title,
      // the overdue one keeps its date (after the signing, before any seed day); the next one stays ahead
      dueOn: f.upcoming ? onSeedDay(f.dueOn, today) : f.dueOn,
      notes: f.notes,
      ownerMemberId: owners[i % owners.length] ?? null,
    })),
  );
}

/** Partner parties, the eighth congress and its foreign delegations, visits, and the Peruvian agreement (its next follow-up relative to `today`). */
export async function seedDiplomacy(db: Database, today: string = seedToday()) {
  const parties = await seedPartners(db);
  await seedEighthCongress(db, parties);
  await seedMeetings(db, parties);
  await seedPeruAgreement(db, parties, today);
}
