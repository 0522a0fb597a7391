import { desc, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { committeeSessions, rootingPlans } from "@/db/schema";
import { demo, lastAudit, signInAs } from "@/tests/helpers";
import { createPlan, updatePlan } from "./plan-actions";
import { currentPlan, planHistory } from "./queries";
import { expectRedirect, expectRefused, FORBIDDEN, REQUIRED } from "@/tests/fixtures/rooting";
import { getCurrentUser } from "@/lib/auth/current-user";

async function eighthSession() {
  const [row] = await db.select().from(committeeSessions).where(eq(committeeSessions.ordinal, 8));
  return row;
}

const planInput = (overrides: Record<string, unknown> = {}) => ({
  title: "خطة التجذر",
  adoptedBySessionId: "",
  goals: "إعادة هيكلة الفروع وتجديدها\n\n  تأسيس خلايا وسط المواطنين  \nأنشطة تجذر الفرع في محيطه",
  startsOn: "2031-03-01",
  ...overrides,
});

async function latestPlan() {
  const [row] = await db.select().from(rootingPlans).orderBy(desc(rootingPlans.id)).limit(1);
  return row;
}

describe("createPlan", () => {
  it("lets the Bureau adopt a plan of a session, one goal per line, adopted on the session's last day", async () => {
    await signInAs(demo.bureau);
    const session = await eighthSession();
    await expectRedirect(() => createPlan(null, planInput({ adoptedBySessionId: String(session.id) })), /NEXT_REDIRECT \/rooting/);
    const plan = await latestPlan();
    expect(plan).toMatchObject({
      title: "خطة التجذر",
      adoptedBySessionId: session.id,
      adoptedOn: session.endsOn,
      goals: ["إعادة هيكلة الفروع وتجديدها", "تأسيس خلايا وسط المواطنين", "أنشطة تجذر الفرع في محيطه"],
      startsOn: "2031-03-01",
      endedOn: null,
    });
    expect((await lastAudit("rooting.plan.create"))?.entityId).toBe(String(plan.id));
    expect((await currentPlan((await getCurrentUser())!))?.id).toBe(plan.id);
  });

  it("ends the plan in force the day before the new one starts; the history keeps both", async () => {
    await signInAs(demo.admin);
    await expectRedirect(() => createPlan(null, planInput({ title: "الخطة الأولى", startsOn: "2032-01-10" })), /NEXT_REDIRECT/);
    const first = await latestPlan();
    await expectRedirect(() => createPlan(null, planInput({ title: "الخطة الثانية", startsOn: "2033-03-01" })), /NEXT_REDIRECT/);
    const second = await latestPlan();
    const [ended] = await db.select().from(rootingPlans).where(eq(rootingPlans.id, first.id));
    expect(ended.endedOn).toBe("2033-02-28");
    expect(second.endedOn).toBeNull();
    expect(await db.select().from(rootingPlans).where(isNull(rootingPlans.endedOn))).toHaveLength(1);
    const viewer = (await getCurrentUser())!;
    expect((await currentPlan(viewer))?.id).toBe(second.id);
    const history = await planHistory(viewer);
    expect(history.slice(0, 2).map((p) => [p.title, p.endedOn])).toEqual([
      ["الخطة الثانية", null],
      ["الخطة الأولى", "2033-02-28"],
    ]);
    expect((await lastAudit("rooting.plan.create"))?.summary).toContain(`ended #${first.id}`);
  });

  it("refuses a start on or before the latest plan's, under the date, and nothing is written", async () => {
    await signInAs(demo.bureau);
    await expectRedirect(() => createPlan(null, planInput({ startsOn: "2034-05-01" })), /NEXT_REDIRECT/);
    const state = await expectRefused(() => createPlan(null, planInput({ startsOn: "2034-05-01" })), rootingPlans);
    expect(state.fieldErrors?.startsOn).toBe("يجب أن تبدأ الخطة الجديدة بعد بداية الخطة الأخيرة (1 ماي 2034).");
    expect((await latestPlan()).endedOn).toBeNull();
  });

  it("refuses officers and members, an empty title, a missing session and a bad date", async () => {
    for (const email of [demo.officerFes, demo.officerSefrou, demo.member]) {
      await signInAs(email);
      const state = await expectRefused(() => createPlan(null, planInput({ startsOn: "2040-01-01" })), rootingPlans);
      expect(state.message).toBe(FORBIDDEN);
    }
    await signInAs(demo.bureau);
    expect((await expectRefused(() => createPlan(null, planInput({ title: " " })), rootingPlans)).fieldErrors?.title).toBe(REQUIRED);
    expect((await expectRefused(() => createPlan(null, planInput({ startsOn: "2031-02-30" })), rootingPlans)).fieldErrors?.startsOn).toBe("أدخل تاريخًا صحيحًا.");
    const missing = await expectRefused(() => createPlan(null, planInput({ adoptedBySessionId: "99999", startsOn: "2040-01-01" })), rootingPlans);
    expect(missing.fieldErrors?.adoptedBySessionId).toBe("الدورة المختارة غير موجودة.");
  });
});

describe("updatePlan", () => {
  it("edits the plan; a new start moves the previous plan's end", async () => {
    await signInAs(demo.bureau);
    await expectRedirect(() => createPlan(null, planInput({ title: "أ", startsOn: "2035-01-01" })), /NEXT_REDIRECT/);
    const first = await latestPlan();
    await expectRedirect(() => createPlan(null, planInput({ title: "ب", startsOn: "2035-06-01" })), /NEXT_REDIRECT/);
    const second = await latestPlan();
    await expectRedirect(() => updatePlan(null, { id: String(second.id), ...planInput({ title: "ب معدلة", goals: "هدف واحد", startsOn: "2035-07-01" }) }), /NEXT_REDIRECT/);
    const [updated] = await db.select().from(rootingPlans).where(eq(rootingPlans.id, second.id));
    expect(updated).toMatchObject({ title: "ب معدلة", goals: ["هدف واحد"], startsOn: "2035-07-01" });
    const [previous] = await db.select().from(rootingPlans).where(eq(rootingPlans.id, first.id));
    expect(previous.endedOn).toBe("2035-06-30");
    const audit = await lastAudit("rooting.plan.update");
    expect(audit?.changes).toMatchObject({ title: { from: "ب", to: "ب معدلة" } });

    // a start before the previous plan's, or after this plan's end, is refused
    const early = await updatePlan(null, { id: String(second.id), ...planInput({ startsOn: "2034-12-01" }) });
    expect(early.fieldErrors?.startsOn).toBe("يجب أن يقع تاريخ البداية بين بداية الخطة السابقة ونهاية هذه الخطة.");
    const late = await updatePlan(null, { id: String(first.id), ...planInput({ startsOn: "2035-08-01" }) });
    expect(late.ok).toBe(false);

    await signInAs(demo.officerFes);
    const refused = await expectRefused(() => updatePlan(null, { id: String(second.id), ...planInput() }), rootingPlans);
    expect(refused.message).toBe(FORBIDDEN);
    expect((await db.select().from(rootingPlans).where(eq(rootingPlans.id, second.id)))[0].title).toBe("ب معدلة");
  });
});
