import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { agendaItems } from "@/db/schema";
import { moveAgendaItem } from "@/lib/sessions/agenda-actions";
import { sessionByOrdinal, workshopsOf } from "@/tests/fixtures/sessions";
import { demo, lastAudit, signInAs } from "@/tests/helpers";
import { swapWithNeighbour } from "./ordering";

const agendaOf = (workshopId: number) =>
  db.select().from(agendaItems).where(eq(agendaItems.workshopId, workshopId)).orderBy(asc(agendaItems.position), asc(agendaItems.id));

async function twoWorkshops() {
  const [a, b] = await workshopsOf((await sessionByOrdinal(9)).id);
  return { a, b };
}

describe("swapWithNeighbour, through a move action", () => {
  it("moves a row one place among its own list only, and the audit row says where it went", async () => {
    await signInAs(demo.bureau);
    const { a, b } = await twoWorkshops();
    const othersBefore = await agendaOf(a.id);
    const [first, second] = await agendaOf(b.id);
    expect(first.position).toBeLessThan(second.position);

    expect((await moveAgendaItem(null, { id: String(second.id), direction: "up" })).ok).toBe(true);
    const after = await agendaOf(b.id);
    expect(after.slice(0, 2).map((i) => [i.id, i.position])).toEqual([
      [second.id, first.position],
      [first.id, second.position],
    ]);
    expect((await lastAudit("agenda.move"))?.changes).toEqual({ position: { from: second.position, to: first.position } });

    // the first row of a list has no neighbour above, whatever the other lists hold
    expect((await moveAgendaItem(null, { id: String(second.id), direction: "up" })).ok).toBe(true);
    expect((await agendaOf(b.id)).map((i) => i.id)).toEqual(after.map((i) => i.id));
    expect((await lastAudit("agenda.move"))?.changes).toEqual({ position: { from: first.position, to: first.position } });
    expect(await agendaOf(a.id)).toEqual(othersBefore);
  });

  it("is undone with the transaction it ran in", async () => {
    const { b } = await twoWorkshops();
    const before = await agendaOf(b.id);
    const last = before.at(-1)!;
    await expect(
      db.transaction(async (tx) => {
        const moved = await swapWithNeighbour(tx, agendaItems, last, eq(agendaItems.workshopId, b.id), "up");
        expect(moved.to).toBe(before.at(-2)!.position);
        throw new Error("refused after the swap");
      }),
    ).rejects.toThrow("refused after the swap");
    expect(await agendaOf(b.id)).toEqual(before);
  });
});
