"use server";

import { and, desc, eq, isNull, lt, ne } from "drizzle-orm";
import type { Transaction } from "@/db";
import { committeeSessions, rootingPlans } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import { formatDate } from "@/lib/i18n/format";
import { getLocale } from "@/lib/i18n";
import { refusal } from "./access";
import { dayBefore } from "./dates";
import { createPlanSchema, updatePlanSchema } from "./schemas";

// خطة التجذر: adopted by a Central Committee session; a new plan closes the one before it

const planPaths = () => ["/rooting", "/rooting/cascade", "/rooting/trainings"];

/** The adopting session must exist; the plan is adopted on the session's last day. */
async function adoptedOn(tx: Transaction, sessionId: number | null): Promise<string | null> {
  if (sessionId === null) return null;
  const [session] = await tx.select({ endsOn: committeeSessions.endsOn }).from(committeeSessions).where(eq(committeeSessions.id, sessionId)).limit(1);
  if (!session) throw await refusal("sessionMissing", "adoptedBySessionId");
  return session.endsOn;
}

export const createPlan = mutation({
  schema: createPlanSchema,
  permission: "rooting.plan",
  async run(input, { tx }) {
    const adopted = await adoptedOn(tx, input.adoptedBySessionId);
    // the plans in force (normally one), locked so that two new plans cannot both close them
    const current = await tx.select().from(rootingPlans).where(isNull(rootingPlans.endedOn)).orderBy(desc(rootingPlans.startsOn)).for("update");
    const [latest] = await tx.select().from(rootingPlans).orderBy(desc(rootingPlans.startsOn)).limit(1);
    if (latest && input.startsOn <= latest.startsOn) {
      throw await refusal("planStartsTooEarly", "startsOn", { date: formatDate(latest.startsOn, await getLocale()) });
    }
    const endedOn = dayBefore(input.startsOn);
    for (const plan of current) await tx.update(rootingPlans).set({ endedOn }).where(eq(rootingPlans.id, plan.id));
    const [row] = await tx
      .insert(rootingPlans)
      .values({ title: input.title, adoptedBySessionId: input.adoptedBySessionId, adoptedOn: adopted, goals: input.goals, startsOn: input.startsOn })
      .returning({ id: rootingPlans.id });
    return {
      audit: {
        action: "rooting.plan.create",
        entity: "rooting_plan",
        entityId: row.id,
        summary: `rooting plan "${input.title}" from ${input.startsOn}${current.length ? `; ended ${current.map((p) => `#${p.id}`).join(", ")} on ${endedOn}` : ""}`,
        changes: { ...input, adoptedOn: adopted, ended: current.map((p) => p.id) },
      },
      result: row.id,
    };
  },
  revalidate: planPaths,
  redirectTo: () => "/rooting?saved=plan",
});

export const updatePlan = mutation({
  schema: updatePlanSchema,
  permission: "rooting.plan",
  async run({ id, ...input }, { tx }) {
    const [plan] = await tx.select().from(rootingPlans).where(eq(rootingPlans.id, id)).for("update");
    if (!plan) throw new ActionError("notFound");
    const adopted = await adoptedOn(tx, input.adoptedBySessionId);
    let previousEnded: number | null = null;
    if (input.startsOn !== plan.startsOn) {
      const [previous] = await tx
        .select()
        .from(rootingPlans)
        .where(and(ne(rootingPlans.id, id), lt(rootingPlans.startsOn, plan.startsOn)))
        .orderBy(desc(rootingPlans.startsOn))
        .limit(1)
        .for("update");
      const [later] = await tx
        .select({ id: rootingPlans.id })
        .from(rootingPlans)
        .where(and(ne(rootingPlans.id, id), eq(rootingPlans.startsOn, input.startsOn)))
        .limit(1);
      if ((previous && input.startsOn <= previous.startsOn) || (plan.endedOn && input.startsOn > plan.endedOn) || later) {
        throw await refusal("planDates", "startsOn");
      }
      if (previous) {
        await tx.update(rootingPlans).set({ endedOn: dayBefore(input.startsOn) }).where(eq(rootingPlans.id, previous.id));
        previousEnded = previous.id;
      }
    }
    await tx.update(rootingPlans).set({ ...input, adoptedOn: adopted }).where(eq(rootingPlans.id, id));
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [field, to] of Object.entries({ ...input, adoptedOn: adopted })) {
      const from = plan[field as keyof typeof plan] ?? null;
      if (JSON.stringify(from) !== JSON.stringify(to ?? null)) changes[field] = { from, to };
    }
    return {
      audit: {
        action: "rooting.plan.update",
        entity: "rooting_plan",
        entityId: id,
        summary: `rooting plan "${input.title}" updated${previousEnded ? `; plan #${previousEnded} now ends the day before` : ""}`,
        changes,
      },
    };
  },
  revalidate: planPaths,
  redirectTo: () => "/rooting?saved=plan",
});
