import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { todayInMorocco } from "@/lib/i18n/format";
import { demo, signInAs } from "@/tests/helpers";
import { encodeCursor } from "@/lib/pagination/cursor";
import { CASCADE_PAGE_SIZE, cascadeCursorFrom, cascadeOf, cascadeRegions } from "./cascade-queries";
import { buildCascade } from "./cascade-tree";
import { dayBefore } from "./dates";
import { listTrainings, trainingsForMember, upcomingTrainings } from "./queries";
import { trainingFiltersSchema } from "./schemas";
import { findTraining, parentCandidates, recordingProvinces, trainingRights } from "./training-queries";
import { addPerson, makePlan, makeTraining, memberIn, memberOfAccount, province, regionId } from "@/tests/fixtures/rooting";

async function viewer(email: string) {
  await signInAs(email);
  return (await getCurrentUser())!;
}

const filters = (raw: Record<string, string>) => trainingFiltersSchema.parse(raw);

let planId: number;
const ids: Record<string, number> = {};

beforeAll(async () => {
  planId = await makePlan("2031-01-01", "خطة الاستعلامات");
  const [fesMeknes, soussMassa, marrakechSafi] = [await regionId("Fès-Meknès"), await regionId("Souss-Massa"), await regionId("Marrakech-Safi")];
  const [sefrou, fes, agadir, safi] = [await province("Sefrou"), await province("Fès"), await province("Agadir Ida-Outanane"), await province("Safi")];
  const today = todayInMorocco();
  const soon = "2099-06-01";
  ids.fesSouss = (await makeTraining({ planId, title: "جهوي فاس وسوس", regionIds: [fesMeknes, soussMassa], status: "held", startsOn: "2031-03-04", endsOn: "2031-03-05" })).id;
  ids.souss = (await makeTraining({ planId, title: "جهوي سوس", regionIds: [soussMassa], startsOn: soon, endsOn: soon })).id;
  ids.marrakech = (await makeTraining({ planId, title: "جهوي مراكش", regionIds: [marrakechSafi], startsOn: today, endsOn: today })).id;
  ids.national = (await makeTraining({ planId, title: "وطني", level: "national", startsOn: soon, endsOn: soon })).id;
  ids.sefrou = (await makeTraining({ planId, title: "إقليمي صفرو", level: "provincial", provinceId: sefrou.id, parentId: ids.fesSouss, startsOn: "2031-04-01", endsOn: "2031-04-01" })).id;
  ids.sefrouLocal = (await makeTraining({ planId, title: "محلي صفرو", level: "local", provinceId: sefrou.id, parentId: ids.sefrou, startsOn: "2031-05-01", endsOn: "2031-05-01" })).id;
  ids.fes = (await makeTraining({ planId, title: "إقليمي فاس", level: "provincial", provinceId: fes.id, parentId: ids.fesSouss, startsOn: "2031-04-02", endsOn: "2031-04-02" })).id;
  ids.agadir = (await makeTraining({ planId, title: "إقليمي أكادير", level: "provincial", provinceId: agadir.id, parentId: ids.fesSouss, startsOn: "2031-04-03", endsOn: "2031-04-03", status: "reported" })).id;
  ids.safi = (await makeTraining({ planId, title: "إقليمي آسفي", level: "provincial", provinceId: safi.id, startsOn: dayBefore(today), endsOn: dayBefore(today) })).id;
  // the member (home branch in Marrakech-Safi) took part in the Souss one
  await addPerson(ids.souss, await memberOfAccount(demo.member), "participant", agadir.id);
  await addPerson(ids.fesSouss, await memberIn(sefrou.id), "trained_trainer", sefrou.id);
});

const titles = async (email: string) => (await listTrainings(await viewer(email), filters({ plan: String(planId) }))).rows.map((r) => r.title).sort();

describe("who sees which trainings", () => {
  it("shows a member the trainings of their region, national ones and those they attended", async () => {
    expect(await titles(demo.member)).toEqual(["إقليمي آسفي", "جهوي سوس", "جهوي مراكش", "وطني"].sort());
    const member = await viewer(demo.member);
    expect(await findTraining(member, ids.fesSouss)).toBeNull();
    expect((await findTraining(member, ids.marrakech))?.title).toBe("جهوي مراكش");
  });

  it("shows an officer their scope: regional ones covering their region, provincial ones inside it", async () => {
    expect(await titles(demo.officerFes)).toEqual(["إقليمي صفرو", "إقليمي فاس", "جهوي فاس وسوس", "محلي صفرو", "وطني"].sort());
    expect(await titles(demo.officerSefrou)).toEqual(["إقليمي صفرو", "جهوي فاس وسوس", "محلي صفرو", "وطني"].sort());
    expect(await titles(demo.officerSouss)).toEqual(["إقليمي أكادير", "جهوي سوس", "جهوي فاس وسوس", "وطني"].sort());
  });

  it("shows the Bureau everything", async () => {
    expect(await titles(demo.bureau)).toHaveLength(9);
  });
});

describe("listTrainings", () => {
  it("filters by level, region, status and dates, in SQL", async () => {
    const bureau = await viewer(demo.bureau);
    const list = (raw: Record<string, string>) => listTrainings(bureau, filters({ plan: String(planId), ...raw })).then((l) => l.rows.map((r) => r.title).sort());
    expect(await list({ level: "local" })).toEqual(["محلي صفرو"]);
    expect(await list({ region: String(await regionId("Souss-Massa")) })).toEqual(["إقليمي أكادير", "جهوي سوس", "جهوي فاس وسوس"].sort());
    expect(await list({ status: "reported" })).toEqual(["إقليمي أكادير"]);
    expect(await list({ from: "2031-04-02", to: "2031-04-30" })).toEqual(["إقليمي أكادير", "إقليمي فاس"].sort());
    // a bad filter is ignored rather than refused
    expect(await list({ level: "cantonal" })).toHaveLength(9);
  });

  it("pages by twenty, latest first, after and before a cursor", async () => {
    const pagePlan = await makePlan("2029-01-01", "خطة الصفحات");
    for (let i = 1; i <= 23; i++) {
      const day = `2029-02-${String(i).padStart(2, "0")}`;
      await makeTraining({ planId: pagePlan, title: `لقاء ${i}`, regionIds: [await regionId("Fès-Meknès")], startsOn: day, endsOn: day });
    }
    // two on the same day: the id breaks the tie, so neither is skipped nor shown twice
    await makeTraining({ planId: pagePlan, title: "لقاء 3 ب", regionIds: [await regionId("Fès-Meknès")], startsOn: "2029-02-03", endsOn: "2029-02-03" });
    const bureau = await viewer(demo.bureau);
    const first = await listTrainings(bureau, filters({ plan: String(pagePlan) }));
    expect([first.total, first.rows.length, first.rows[0].title, first.hasPrevious, first.hasNext]).toEqual([{ count: 24, atLeast: false }, 20, "لقاء 23", false, true]);
    const second = await listTrainings(bureau, filters({ plan: String(pagePlan), after: first.nextCursor! }));
    expect(second.rows.map((r) => r.title)).toEqual(["لقاء 3 ب", "لقاء 3", "لقاء 2", "لقاء 1"]);
    expect([second.hasPrevious, second.hasNext]).toEqual([true, false]);
    const back = await listTrainings(bureau, filters({ plan: String(pagePlan), before: second.previousCursor! }));
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(back.hasPrevious).toBe(false);
    // a cursor that does not decode, or a day that is none, is the first page
    for (const bad of ["x", "%%%", encodeCursor(["2029-02-30", 5]), encodeCursor([5, "2029-02-03"]), encodeCursor(["2029-02-03"])]) {
      const page = await listTrainings(bureau, filters({ plan: String(pagePlan), after: bad, before: bad }));
      expect(page.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    }
    expect(first.rows[0].regions).toEqual([{ id: await regionId("Fès-Meknès"), nameAr: "فاس - مكناس", nameFr: "Fès-Meknès" }]);
  });

  it("keeps an officer's scope on the next page", async () => {
    const officer = await viewer(demo.officerSefrou);
    const bureau = await viewer(demo.bureau);
    // a cursor from the Bureau's list: after it the officer still reads only what they may see
    const all = await listTrainings(bureau, filters({}));
    const next = await listTrainings(officer, filters({ after: all.nextCursor! }));
    expect(next.rows.length).toBeGreaterThan(0);
    for (const row of next.rows) expect(await findTraining(officer, row.id)).not.toBeNull();
  });
});

describe("trainings for the member", () => {
  it("lists the coming trainings of their region and those they attended, with their role", async () => {
    const member = await viewer(demo.member);
    const { upcoming, attended } = await trainingsForMember(member, 20);
    expect(upcoming.map((r) => r.title)).toEqual(expect.arrayContaining(["جهوي مراكش", "وطني"]));
    expect(upcoming.map((r) => r.title)).not.toContain("جهوي سوس");
    // (the demo data may have the member in other trainings too)
    expect(attended.map((r) => [r.title, r.role])).toContainEqual(["جهوي سوس", "participant"]);
    expect((await upcomingTrainings(member, 50)).map((r) => r.title)).toEqual(expect.arrayContaining(["جهوي مراكش", "جهوي سوس", "وطني"]));
  });
});

describe("the cascade", () => {
  it("counts the plan's trainings by region and level, and names the national meetings", async () => {
    const bureau = await cascadeRegions(await viewer(demo.bureau), planId);
    const line = (nameFr: string) => bureau.regions.find((g) => g.nameFr === nameFr);
    expect(line("Fès-Meknès")).toMatchObject({ regional: 1, provincial: 2, local: 1 });
    expect(line("Souss-Massa")).toMatchObject({ regional: 2, provincial: 1, local: 0 });
    expect(line("Marrakech-Safi")).toMatchObject({ regional: 1, provincial: 1, local: 0 });
    expect(bureau.regions).toHaveLength(3);
    expect(bureau.national.map((n) => n.title)).toEqual(["وطني"]);
    expect(bureau.nationalCount).toBe(1);
    // an officer counts only what they see
    const sefrou = await cascadeRegions(await viewer(demo.officerSefrou), planId);
    expect(sefrou.regions.find((g) => g.nameFr === "Fès-Meknès")).toMatchObject({ regional: 1, provincial: 1, local: 1 });
    expect(sefrou.regions.find((g) => g.nameFr === "Marrakech-Safi")).toBeUndefined();
  });

  it("builds one region's tree from each regional meeting down to local trainings", async () => {
    const bureau = await viewer(demo.bureau);
    const fesMeknes = await cascadeOf(bureau, planId, await regionId("Fès-Meknès"));
    const fesSouss = fesMeknes.roots.find((n) => n.training.id === ids.fesSouss)!;
    expect(fesSouss.training.trained).toBe(1);
    expect(fesSouss.children.map((n) => n.training.title)).toEqual(["إقليمي صفرو", "إقليمي فاس"]);
    expect(fesSouss.children[0].children.map((n) => n.training.title)).toEqual(["محلي صفرو"]);
    expect(fesMeknes).toMatchObject({ hasPrevious: false, hasNext: false, unattached: [] });
    const souss = await cascadeOf(bureau, planId, await regionId("Souss-Massa"));
    expect(souss.roots.map((n) => n.training.title)).toEqual(["جهوي فاس وسوس", "جهوي سوس"]);
    expect(souss.roots[0].children.map((n) => n.training.title)).toEqual(["إقليمي أكادير"]);
    const marrakech = await cascadeOf(bureau, planId, await regionId("Marrakech-Safi"));
    expect(marrakech.unattached.map((n) => n.training.title)).toEqual(["إقليمي آسفي"]);
    // an officer sees only their part of the tree
    const sefrou = await cascadeOf(await viewer(demo.officerSefrou), planId, await regionId("Fès-Meknès"));
    expect(sefrou.roots.find((n) => n.training.id === ids.fesSouss)!.children.map((n) => n.training.title)).toEqual(["إقليمي صفرو"]);
    expect((await cascadeOf(await viewer(demo.officerSefrou), planId, await regionId("Souss-Massa"))).roots.map((n) => n.training.title)).toEqual([
      "جهوي فاس وسوس",
    ]);
  });

  it("reads a long region a page at a time, after and before a cursor", async () => {
    const bigPlan = await makePlan("2033-01-01", "خطة طويلة");
    const fes = await province("Fès");
    const root = await makeTraining({ planId: bigPlan, title: "جهوي طويل", regionIds: [await regionId("Fès-Meknès")], startsOn: "2033-01-02", endsOn: "2033-01-02" });
    for (let i = 0; i < CASCADE_PAGE_SIZE + 20; i++) {
      const day = `2033-${String(2 + Math.floor(i / 28)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
      await makeTraining({ planId: bigPlan, title: `محلي ${i}`, level: "local", provinceId: fes.id, parentId: root.id, startsOn: day, endsOn: day });
    }
    const bureau = await viewer(demo.bureau);
    const fesMeknes = await regionId("Fès-Meknès");
    const first = await cascadeOf(bureau, bigPlan, fesMeknes);
    expect(first.roots).toHaveLength(1);
    expect(first.roots[0].children).toHaveLength(CASCADE_PAGE_SIZE - 1);
    expect(first).toMatchObject({ hasPrevious: false, hasNext: true });
    const second = await cascadeOf(bureau, bigPlan, fesMeknes, cascadeCursorFrom(first.nextCursor!, undefined));
    // their parent is on the first page: they are shown under its name, not as trainings of unknown origin
    expect(second.unattached).toEqual([]);
    expect(second.continued.map((b) => [b.parent.id, b.parent.title])).toEqual([[root.id, "جهوي طويل"]]);
    expect(second.continued[0].nodes.map((n) => n.training.title)).toEqual(Array.from({ length: 21 }, (_, i) => `محلي ${CASCADE_PAGE_SIZE - 1 + i}`));
    expect(second).toMatchObject({ hasPrevious: true, hasNext: false });
    const back = await cascadeOf(bureau, bigPlan, fesMeknes, cascadeCursorFrom(undefined, second.previousCursor!));
    expect(back.roots[0].children.map((n) => n.training.id)).toEqual(first.roots[0].children.map((n) => n.training.id));
    expect(back.hasPrevious).toBe(false);
    // a cursor that does not decode is the first page
    for (const bad of ["x", "eyJ", encodeCursor(["2033-01-02", 0]), encodeCursor(["hier", 3]), encodeCursor(["2033-02-30", 3]), encodeCursor(["0000-01-01", 3])]) expect(cascadeCursorFrom(bad, bad)).toBeNull();
  });

  it("never names a parent on another page that the viewer does not see", async () => {
    const plan = await makePlan("2034-01-01", "خطة الأصل المحجوب");
    const hidden = await makeTraining({ planId: plan, title: "جهوي سوس المحجوب", regionIds: [await regionId("Souss-Massa")], startsOn: "2034-01-02", endsOn: "2034-01-02" });
    const sefrou = await province("Sefrou");
    await makeTraining({ planId: plan, title: "إقليمي صفرو", level: "provincial", provinceId: sefrou.id, parentId: hidden.id, startsOn: "2034-01-05", endsOn: "2034-01-05" });
    const fesMeknes = await regionId("Fès-Meknès");
    const officer = await cascadeOf(await viewer(demo.officerSefrou), plan, fesMeknes);
    expect(officer.continued).toEqual([]);
    expect(officer.unattached.map((n) => n.training.title)).toEqual(["إقليمي صفرو"]);
    expect(JSON.stringify(officer)).not.toContain("جهوي سوس المحجوب");
    // the Bureau sees the parent: it is named, as it is in another region's tree
    const bureau = await cascadeOf(await viewer(demo.bureau), plan, fesMeknes);
    expect(bureau.continued.map((b) => b.parent.title)).toEqual(["جهوي سوس المحجوب"]);
  });

  it("puts a training whose parent is hidden at the top, and ignores a loop on itself", () => {
    const tree = buildCascade([
      { id: 1, parentId: null, level: "regional" as const },
      { id: 2, parentId: 99, level: "provincial" as const },
      { id: 3, parentId: 3, level: "local" as const },
      { id: 4, parentId: 1, level: "provincial" as const },
    ]);
    expect(tree.roots.map((n) => [n.training.id, n.children.map((c) => c.training.id)])).toEqual([[1, [4]]]);
    expect(tree.unattached.map((n) => n.training.id)).toEqual([2, 3]);
    expect(tree.continued).toEqual([]);
  });

  it("groups the trainings whose parent is seen elsewhere under that parent, in their order", () => {
    const tree = buildCascade(
      [
        { id: 5, parentId: 40, level: "local" as const },
        { id: 6, parentId: 41, level: "provincial" as const },
        { id: 7, parentId: 40, level: "local" as const },
        { id: 8, parentId: 6, level: "local" as const },
        { id: 9, parentId: 99, level: "local" as const },
      ],
      new Map([
        [40, { id: 40, title: "أ" }],
        [41, { id: 41, title: "ب" }],
      ]),
    );
    expect(tree.continued.map((b) => [b.parent.title, b.nodes.map((n) => [n.training.id, n.children.map((c) => c.training.id)])])).toEqual([
      ["أ", [[5, []], [7, []]]],
      ["ب", [[6, [8]]]],
    ]);
    expect(tree.unattached.map((n) => n.training.id)).toEqual([9]);
  });
});

describe("what a viewer may do on a training", () => {
  it("gives officers the people of their provinces in a regional training, the Bureau everything", async () => {
    const fes = await viewer(demo.officerFes);
    const regional = (await findTraining(fes, ids.fesSouss))!;
    expect(trainingRights(fes, regional)).toEqual({ manage: false, recordPeople: true });
    expect((await recordingProvinces(fes, regional)).map((p) => p.nameFr)).toContain("Sefrou");
    expect((await recordingProvinces(fes, regional)).map((p) => p.nameFr)).not.toContain("Agadir Ida-Outanane");
    expect(trainingRights(fes, (await findTraining(fes, ids.sefrou))!)).toEqual({ manage: true, recordPeople: true });
    const sefrou = await viewer(demo.officerSefrou);
    expect((await recordingProvinces(sefrou, regional)).map((p) => p.nameFr)).toEqual(["Sefrou"]);
    const bureau = await viewer(demo.bureau);
    expect(trainingRights(bureau, (await findTraining(bureau, ids.fesSouss))!)).toEqual({ manage: true, recordPeople: true });
    const member = await viewer(demo.member);
    expect(trainingRights(member, (await findTraining(member, ids.marrakech))!)).toEqual({ manage: false, recordPeople: false });
  });

  it("offers as parents only held trainings the viewer sees", async () => {
    const candidates = (await parentCandidates(await viewer(demo.officerFes))).map((c) => c.id);
    expect(candidates).toContain(ids.fesSouss);
    expect(candidates).not.toContain(ids.agadir);
    expect(candidates).not.toContain(ids.sefrou);
  });
});
