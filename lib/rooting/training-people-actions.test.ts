import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { trainingAttendanceCounts, trainingPeople, trainingSittings, type TrainingMeeting } from "@/db/schema";
import { demo, lastAudit, signInAs } from "@/tests/helpers";
import { addTrainingPerson, addTrainingSitting, removeTrainingPerson, removeTrainingSitting, setAttendanceCount } from "./training-people-actions";
import { addPerson, expectRefused, FORBIDDEN, makePlan, makeTraining, memberIn, province, regionId, REQUIRED } from "@/tests/fixtures/rooting";

let planId: number;
let regional: TrainingMeeting;
let sefrou: { id: number; regionId: number };
let fes: { id: number; regionId: number };
let agadir: { id: number; regionId: number };
let safi: { id: number; regionId: number };

beforeAll(async () => {
  planId = await makePlan();
  sefrou = await province("Sefrou");
  fes = await province("Fès");
  agadir = await province("Agadir Ida-Outanane");
  safi = await province("Safi");
  regional = await makeTraining({ planId, regionIds: [await regionId("Fès-Meknès"), await regionId("Souss-Massa")], status: "held", startsOn: "2031-03-04", endsOn: "2031-03-04" });
});

const peopleOf = (trainingId: number) => db.select().from(trainingPeople).where(eq(trainingPeople.trainingId, trainingId));

describe("attendance counts", () => {
  it("lets officer.fes count a Fès-Meknès province of a regional training, not a Souss-Massa one", async () => {
    await signInAs(demo.officerFes);
    expect((await setAttendanceCount(null, { trainingId: String(regional.id), provinceId: String(sefrou.id), count: "14" })).ok).toBe(true);
    expect((await setAttendanceCount(null, { trainingId: String(regional.id), provinceId: String(sefrou.id), count: "17" })).ok).toBe(true);
    const rows = await db.select().from(trainingAttendanceCounts).where(eq(trainingAttendanceCounts.trainingId, regional.id));
    expect(rows).toEqual([{ trainingId: regional.id, provinceId: sefrou.id, count: 17 }]);
    expect((await lastAudit("rooting.training.count"))?.changes).toEqual({ provinceId: sefrou.id, count: { from: 14, to: 17 } });

    const outside = await expectRefused(() => setAttendanceCount(null, { trainingId: String(regional.id), provinceId: String(agadir.id), count: "5" }), trainingAttendanceCounts);
    expect(outside.message).toBe(FORBIDDEN);
    await signInAs(demo.officerSefrou);
    expect((await expectRefused(() => setAttendanceCount(null, { trainingId: String(regional.id), provinceId: String(fes.id), count: "5" }), trainingAttendanceCounts)).message).toBe(FORBIDDEN);
    await signInAs(demo.member);
    expect((await expectRefused(() => setAttendanceCount(null, { trainingId: String(regional.id), provinceId: String(sefrou.id), count: "5" }), trainingAttendanceCounts)).message).toBe(FORBIDDEN);
  });

  it("refuses a province outside the covered regions, a negative count, and removes a line at 0", async () => {
    await signInAs(demo.bureau);
    const state = await expectRefused(() => setAttendanceCount(null, { trainingId: String(regional.id), provinceId: String(safi.id), count: "3" }), trainingAttendanceCounts);
    expect(state.fieldErrors?.provinceId).toBe("هذا الإقليم خارج الجهات التي يشملها اللقاء.");
    expect((await expectRefused(() => setAttendanceCount(null, { trainingId: String(regional.id), provinceId: String(agadir.id), count: "-2" }), trainingAttendanceCounts)).fieldErrors?.count).toBe(
      "القيمة أصغر من المسموح (0).",
    );
    expect((await setAttendanceCount(null, { trainingId: String(regional.id), provinceId: String(agadir.id), count: "8" })).ok).toBe(true);
    expect((await setAttendanceCount(null, { trainingId: String(regional.id), provinceId: String(agadir.id), count: "0" })).ok).toBe(true);
    const rows = await db
      .select()
      .from(trainingAttendanceCounts)
      .where(and(eq(trainingAttendanceCounts.trainingId, regional.id), eq(trainingAttendanceCounts.provinceId, agadir.id)));
    expect(rows).toHaveLength(0);
  });
});

describe("people of a regional training", () => {
  it("lets officer.fes name a trained trainer for a province of their region, not for Souss-Massa", async () => {
    const trainee = await memberIn(sefrou.id);
    await signInAs(demo.officerFes);
    const ok = await addTrainingPerson(null, { trainingId: String(regional.id), memberId: String(trainee), role: "trained_trainer", provinceId: String(sefrou.id) });
    expect(ok.ok).toBe(true);
    expect(await peopleOf(regional.id)).toContainEqual({ trainingId: regional.id, memberId: trainee, role: "trained_trainer", provinceId: sefrou.id });
    expect((await lastAudit("rooting.training.person.add"))?.changes).toEqual({ memberId: trainee, role: "trained_trainer", provinceId: sefrou.id });

    const soussi = String(await memberIn(agadir.id));
    const souss = await expectRefused(
      () => addTrainingPerson(null, { trainingId: String(regional.id), memberId: soussi, role: "trained_trainer", provinceId: String(agadir.id) }),
      trainingPeople,
    );
    expect(souss.message).toBe(FORBIDDEN);
    const noProvince = await expectRefused(() => addTrainingPerson(null, { trainingId: String(regional.id), memberId: String(trainee), role: "trained_trainer", provinceId: "" }), trainingPeople);
    expect(noProvince.fieldErrors?.provinceId).toBe(REQUIRED);
    const twice = await expectRefused(
      () => addTrainingPerson(null, { trainingId: String(regional.id), memberId: String(trainee), role: "trained_trainer", provinceId: String(sefrou.id) }),
      trainingPeople,
    );
    expect(twice.fieldErrors?.memberId).toBe("هذا العضو مسجّل من قبل بهذه الصفة.");
  });

  it("records a participant under their home province, within the officer's scope", async () => {
    const fassi = await memberIn(fes.id, 1);
    const soussi = await memberIn(agadir.id, 1);
    await signInAs(demo.officerFes);
    expect((await addTrainingPerson(null, { trainingId: String(regional.id), memberId: String(fassi), role: "participant" })).ok).toBe(true);
    expect(await peopleOf(regional.id)).toContainEqual({ trainingId: regional.id, memberId: fassi, role: "participant", provinceId: fes.id });
    expect((await expectRefused(() => addTrainingPerson(null, { trainingId: String(regional.id), memberId: String(soussi), role: "participant" }), trainingPeople)).message).toBe(FORBIDDEN);
    expect((await expectRefused(() => addTrainingPerson(null, { trainingId: String(regional.id), memberId: "999999", role: "participant" }), trainingPeople)).fieldErrors?.memberId).toBe(
      "العضو المختار غير موجود.",
    );
  });

  it("keeps the trainers and attending Bureau members of a regional training to the Bureau", async () => {
    const trainer = await memberIn(fes.id, 2);
    await signInAs(demo.officerFes);
    for (const role of ["trainer", "bureau"]) {
      expect((await expectRefused(() => addTrainingPerson(null, { trainingId: String(regional.id), memberId: String(trainer), role }), trainingPeople)).message).toBe(FORBIDDEN);
    }
    await signInAs(demo.bureau);
    expect((await addTrainingPerson(null, { trainingId: String(regional.id), memberId: String(trainer), role: "trainer" })).ok).toBe(true);
    const leader = await expectRefused(() => addTrainingPerson(null, { trainingId: String(regional.id), memberId: String(trainer), role: "leader" }), trainingPeople);
    expect(leader.fieldErrors?.memberId).toBe("لا يُسمّى المكوِّنون المؤطرون إلا في لقاء إقليمي أو محلي.");
    await signInAs(demo.officerFes);
    expect((await expectRefused(() => removeTrainingPerson(null, { trainingId: String(regional.id), memberId: String(trainer), role: "trainer" }), trainingPeople)).message).toBe(FORBIDDEN);
  });
});

describe("the leaders of a provincial training", () => {
  it("accepts a trainer trained in the parent for this province, and refuses any other under the field", async () => {
    const trained = await memberIn(sefrou.id, 3);
    const trainedForFes = await memberIn(fes.id, 3);
    const stranger = await memberIn(sefrou.id, 4);
    await addPerson(regional.id, trained, "trained_trainer", sefrou.id);
    await addPerson(regional.id, trainedForFes, "trained_trainer", fes.id);
    const child = await makeTraining({ planId, level: "provincial", provinceId: sefrou.id, parentId: regional.id, startsOn: "2031-04-01", endsOn: "2031-04-01" });
    const orphan = await makeTraining({ planId, level: "provincial", provinceId: sefrou.id, startsOn: "2031-04-02", endsOn: "2031-04-02" });

    await signInAs(demo.officerSefrou);
    expect((await addTrainingPerson(null, { trainingId: String(child.id), memberId: String(trained), role: "leader" })).ok).toBe(true);
    expect(await peopleOf(child.id)).toEqual([{ trainingId: child.id, memberId: trained, role: "leader", provinceId: null }]);

    const notTrained = await expectRefused(() => addTrainingPerson(null, { trainingId: String(child.id), memberId: String(stranger), role: "leader" }), trainingPeople);
    expect(notTrained.fieldErrors?.memberId).toBe("هذا العضو لم يتكوّن مكوِّنًا في اللقاء الأصل: اختر من المكوَّنين فيه.");
    const otherProvince = await expectRefused(() => addTrainingPerson(null, { trainingId: String(child.id), memberId: String(trainedForFes), role: "leader" }), trainingPeople);
    expect(otherProvince.fieldErrors?.memberId).toBe("تكوّن هذا العضو ليحمل الخطة إلى إقليم آخر.");
    const noParent = await expectRefused(() => addTrainingPerson(null, { trainingId: String(orphan.id), memberId: String(trained), role: "leader" }), trainingPeople);
    expect(noParent.fieldErrors?.memberId).toBe("حدّد أولًا اللقاء الأصل الذي تكوّن فيه مؤطرو هذا اللقاء.");

    // the trained trainer leads the child: they stay in the parent until they are removed there
    await signInAs(demo.officerFes);
    const leads = await expectRefused(() => removeTrainingPerson(null, { trainingId: String(regional.id), memberId: String(trained), role: "trained_trainer" }), trainingPeople);
    expect(leads.message).toBe("هذا المكوِّن يؤطر لقاءً تكوينيًا فرعيًا: احذفه من مؤطريه أولًا.");
    expect((await removeTrainingPerson(null, { trainingId: String(child.id), memberId: String(trained), role: "leader" })).ok).toBe(true);
    expect((await removeTrainingPerson(null, { trainingId: String(regional.id), memberId: String(trained), role: "trained_trainer" })).ok).toBe(true);
    expect((await lastAudit("rooting.training.person.remove"))?.changes).toEqual({ memberId: trained, role: "trained_trainer" });
  });

  it("refuses officers outside the province and members", async () => {
    const child = await makeTraining({ planId, level: "provincial", provinceId: sefrou.id, parentId: regional.id, startsOn: "2031-04-01", endsOn: "2031-04-01" });
    const someone = await memberIn(sefrou.id, 5);
    for (const email of [demo.officerSouss, demo.member]) {
      await signInAs(email);
      expect((await expectRefused(() => addTrainingPerson(null, { trainingId: String(child.id), memberId: String(someone), role: "participant" }), trainingPeople)).message).toBe(FORBIDDEN);
    }
  });
});

describe("sittings", () => {
  it("adds sittings in order with their chair, and removes one; within scope only", async () => {
    const training = await makeTraining({ planId, level: "provincial", provinceId: sefrou.id });
    await signInAs(demo.officerSefrou);
    expect((await addTrainingSitting(null, { trainingId: String(training.id), title: "الجلسة الأولى", chair: "رشيد" })).ok).toBe(true);
    expect((await addTrainingSitting(null, { trainingId: String(training.id), title: "الجلسة الثانية", chair: "" })).ok).toBe(true);
    const rows = await db.select().from(trainingSittings).where(eq(trainingSittings.trainingId, training.id)).orderBy(trainingSittings.position);
    expect(rows.map((r) => [r.position, r.title, r.chair])).toEqual([
      [1, "الجلسة الأولى", "رشيد"],
      [2, "الجلسة الثانية", null],
    ]);
    expect((await expectRefused(() => addTrainingSitting(null, { trainingId: String(training.id), title: "" }), trainingSittings)).fieldErrors?.title).toBe(REQUIRED);

    await signInAs(demo.officerSouss);
    expect((await expectRefused(() => addTrainingSitting(null, { trainingId: String(training.id), title: "س" }), trainingSittings)).message).toBe(FORBIDDEN);
    expect((await expectRefused(() => removeTrainingSitting(null, { id: String(rows[0].id) }), trainingSittings)).message).toBe(FORBIDDEN);
    await signInAs(demo.officerFes);
    expect((await removeTrainingSitting(null, { id: String(rows[0].id) })).ok).toBe(true);
    expect((await lastAudit("rooting.training.sitting.remove"))?.entityId).toBe(String(rows[0].id));
  });
});
