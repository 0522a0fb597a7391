"use server";

import { eq, max } from "drizzle-orm";
import type { Transaction } from "@/db";
import { agendaItems, type SessionStatus } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import { enqueueEmailsAfterCommit } from "@/lib/notifications/delivery";
import type { Actor } from "@/lib/permissions";
import { sessionPaths, sittingWithSession, workshopWithSession } from "./guards";
import { tellAgendaChanged, workshopWorthTelling, type WorkshopAbout } from "./notices";
import { addAgendaItemSchema, idSchema, moveSchema, updateAgendaItemSchema, type AgendaOwner } from "./schemas";
import { swapWithNeighbour } from "@/lib/ordering";

// جدول الأعمال: the items of a sitting or of a workshop, in the order of `position`

interface Owner {
  kind: AgendaOwner;
  id: number;
  sessionId: number;
  /** A workshop's agenda: its participants are told when it changes (lib/sessions/notices.ts). */
  workshop?: WorkshopAbout & { sessionStatus: SessionStatus };
  /** The pages that show this agenda, revalidated after each change. */
  pages: string[];
}

async function ownerOf(tx: Transaction, kind: AgendaOwner, id: number, actor: Actor): Promise<Owner> {
  if (kind === "sitting") {
    const { session } = await sittingWithSession(tx, id, actor);
    return { kind, id, sessionId: session.id, pages: [`/sittings/${id}/edit`] };
  }
  const { workshop, session } = await workshopWithSession(tx, id, actor);
  return { kind, id, sessionId: session.id, workshop: { ...workshop, sessionStatus: session.status }, pages: [`/workshops/${id}`, `/workshops/${id}/edit`] };
}

/** After a change of a workshop's agenda, inside its transaction: the participants are told, and their emails leave after the commit. */
async function tellOfChange(owner: Owner, tx: Transaction, afterCommit: (effect: () => Promise<void>) => void) {
  if (!owner.workshop || !workshopWorthTelling(owner.workshop, owner.workshop.sessionStatus)) return;
  if (await tellAgendaChanged(tx, owner.workshop)) afterCommit(enqueueEmailsAfterCommit);
}

const ownedBy = (owner: Pick<Owner, "kind" | "id">) =>
  owner.kind === "sitting" ? eq(agendaItems.sittingId, owner.id) : eq(agendaItems.workshopId, owner.id);

/** The item and its owner; the owner's row is locked, so concurrent edits of one agenda queue up. */
async function itemWithOwner(tx: Transaction, id: number, actor: Actor) {
  const [item] = await tx.select().from(agendaItems).where(eq(agendaItems.id, id)).limit(1);
  if (!item) throw new ActionError("notFound");
  const owner = item.sittingId ? await ownerOf(tx, "sitting", item.sittingId, actor) : await ownerOf(tx, "workshop", item.workshopId!, actor);
  return { item, owner };
}

const ownerPaths = (owner: Owner | undefined) => (owner ? sessionPaths(owner.sessionId, ...owner.pages) : ["/sessions"]);

export const addAgendaItem = mutation({
  schema: addAgendaItemSchema,
  permission: "session.manage",
  async run({ owner: kind, ownerId, ...fields }, { tx, user, afterCommit }) {
    const owner = await ownerOf(tx, kind, ownerId, user);
    const [{ last }] = await tx.select({ last: max(agendaItems.position) }).from(agendaItems).where(ownedBy(owner));
    const [row] = await tx
      .insert(agendaItems)
      .values({
        ...fields,
        sittingId: kind === "sitting" ? ownerId : null,
        workshopId: kind === "workshop" ? ownerId : null,
        position: (last ?? 0) + 1,
      })
      .returning({ id: agendaItems.id });
    await tellOfChange(owner, tx, afterCommit);
    return {
      audit: { action: "agenda.add", entity: "agenda_item", entityId: row.id, summary: `agenda item "${fields.title}" added to ${kind} ${ownerId}`, changes: fields },
      result: owner,
    };
  },
  revalidate: (_input, owner) => ownerPaths(owner),
  successMessage: (t) => t.sessions.agenda.added,
});

export const updateAgendaItem = mutation({
  schema: updateAgendaItemSchema,
  permission: "session.manage",
  async run({ id, ...fields }, { tx, user, afterCommit }) {
    const { item, owner } = await itemWithOwner(tx, id, user);
    await tx.update(agendaItems).set(fields).where(eq(agendaItems.id, id));
    await tellOfChange(owner, tx, afterCommit);
    const changes = Object.fromEntries(
      Object.entries(fields)
        .filter(([key, to]) => (item[key as keyof typeof item] ?? null) !== to)
        .map(([key, to]) => [key, { from: item[key as keyof typeof item] ?? null, to }]),
    );
    return { audit: { action: "agenda.update", entity: "agenda_item", entityId: id, summary: `agenda item "${fields.title}" updated`, changes }, result: owner };
  },
  revalidate: (_input, owner) => ownerPaths(owner),
});

export const deleteAgendaItem = mutation({
  schema: idSchema,
  permission: "session.manage",
  async run({ id }, { tx, user, afterCommit }) {
    const { item, owner } = await itemWithOwner(tx, id, user);
    await tx.delete(agendaItems).where(eq(agendaItems.id, id));
    await tellOfChange(owner, tx, afterCommit);
    return { audit: { action: "agenda.delete", entity: "agenda_item", entityId: id, summary: `agenda item "${item.title}" deleted` }, result: owner };
  },
  revalidate: (_input, owner) => ownerPaths(owner),
});

/** Swaps the item with its neighbour above or below, inside the transaction that locks the owner. */
export const moveAgendaItem = mutation({
  schema: moveSchema,
  permission: "session.manage",
  async run({ id, direction }, { tx, user, afterCommit }) {
    const { item, owner } = await itemWithOwner(tx, id, user);
    const moved = await swapWithNeighbour(tx, agendaItems, item, ownedBy(owner), direction);
    await tellOfChange(owner, tx, afterCommit);
    return {
      audit: {
        action: "agenda.move",
        entity: "agenda_item",
        entityId: id,
        summary: `agenda item "${item.title}" moved ${direction}`,
        changes: { position: moved },
      },
      result: owner,
    };
  },
  revalidate: (_input, owner) => ownerPaths(owner),
});
