import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db";
import { settings } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { nameIn } from "@/lib/i18n/names";

export interface PartyIdentity {
  nameAr: string;
  nameFr: string;
  shortAr: string;
  shortFr: string;
}

export const PARTY_SETTING = "party";

const fallback: PartyIdentity = { nameAr: "الحزب", nameFr: "Le parti", shortAr: "الحزب", shortFr: "Parti" };

/** The party's name and short name: configuration, seeded, never written in code. */
export const getParty = cache(async (): Promise<PartyIdentity> => {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, PARTY_SETTING)).limit(1);
  return { ...fallback, ...((row?.value as Partial<PartyIdentity>) ?? {}) };
});

export function partyName(party: PartyIdentity, locale: Locale) {
  return { name: nameIn(locale, party.nameAr, party.nameFr), short: nameIn(locale, party.shortAr, party.shortFr) };
}
