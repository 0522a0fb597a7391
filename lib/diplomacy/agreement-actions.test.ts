import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { agreementParties, agreements, followUpActions } from "@/db/schema";
import { todayInMorocco } from "@/lib/i18n/format";
import { storage } from "@/lib/storage";
import { expectSavedOver, expectStale, versionOf } from "@/tests/concurrency";
import { demo, lastAudit, signInAs } from "@/tests/helpers";
import {
  createAgreement,
  createFollowUp,
  deleteAgreement,
  deleteFollowUp,
  setFollowUpStatus,
  updateAgreement,
  updateFollowUp,
} from "./agreement-actions";
import { activeBureauMember, expectDeniedToOfficersAndMembers, expectRedirect, inactiveMember, partyByKey, pdf, peruAgreement, refused, REQUIRED } from "@/tests/fixtures/diplomacy";

process.env.STORAGE_DIR = mkdtempSync(path.join(os.tmpdir(), "agreements-uploads-"));

const agreementFields = (title: string, partyIds: number[]) => ({
  title,
  signedOn: "2026-03-10",
  place: "الرباط",
  partyIds: partyIds.map(String),
  signatories: "الأمين العام\nالأمين الأول",
  aims: "توطيد العلاقات الثنائية\n\nتبادل الخبرات\n",
  durationMonths: "36",
  notes: "",
});

const agreementTitled = async (title: string) => (await db.select().from(agreements).where(eq(agreements.title, title)))[0];

async function newAgreement(title: string, signedOn = "2026-01-15") {
  const pcf = await partyByKey("Parti communiste français");
  const [row] = await db.insert(agreements).values({ title, signedOn }).returning();
  await db.insert(agreementParties).values({ agreementId: row.id, partyId: pcf.id });
  return row;
}

describe("createAgreement", () => {
  it("records an agreement with its parties, signatories, aims and signed text, and audits agreement.create", async () => {
    const pce = await partyByKey("Partido Comunista de España");
    const document = new File([pdf()], "اتفاقية.pdf", { type: "application/pdf" });
    await expectRedirect(demo.bureau, () => createAgreement(null, { ...agreementFields("اتفاقية مع الإسبان", [pce.id]), document }), /NEXT_REDIRECT \/diplomacy\/agreements\/\d+\?created=agreement$/);
    const row = await agreementTitled("اتفاقية مع الإسبان");
    expect(row).toMatchObject({ signatories: ["الأمين العام", "الأمين الأول"], aims: ["توطيد العلاقات الثنائية", "تبادل الخبرات"], durationMonths: 36, documentName: "اتفاقية.pdf" });
    expect(row.documentKey).toMatch(new RegExp(`^agreements/${row.id}/`));
    expect(Buffer.from((await storage().get(row.documentKey!))!).subarray(0, 5).toString()).toBe("%PDF-");
    expect((await db.select().from(agreementParties).where(eq(agreementParties.agreementId, row.id))).map((p) => p.partyId)).toEqual([pce.id]);
    expect(await lastAudit("agreement.create")).toMatchObject({ entity: "agreement", entityId: String(row.id) });

    await expectRedirect(demo.admin, () => createAgreement(null, { ...agreementFields("اتفاقية بلا وثيقة", [pce.id]), durationMonths: "", document: new File([], "blob") }));
    expect(await agreementTitled("اتفاقية بلا وثيقة")).toMatchObject({ durationMonths: null, documentKey: null, documentName: null });
  });

  it("refuses officers and members, writing nothing", async () => {
    const pce = await partyByKey("Partido Comunista de España");
    await expectDeniedToOfficersAndMembers(() => createAgreement(null, agreementFields("اتفاقية مرفوضة", [pce.id])));
  });

  it("refuses no party, no title, no date, and a document that is not a PDF or a DOCX", async () => {
    const pce = await partyByKey("Partido Comunista de España");
    await signInAs(demo.bureau);
    const empty = await refused(() => createAgreement(null, { ...agreementFields("", []), signedOn: "" }));
    expect(empty.fieldErrors).toMatchObject({ title: REQUIRED, partyIds: REQUIRED, signedOn: REQUIRED });
    const exe = new File([Buffer.concat([Buffer.from("MZ"), Buffer.alloc(100)])], "accord.pdf");
    const wrongType = await refused(() => createAgreement(null, { ...agreementFields("اتفاقية بملف خاطئ", [pce.id]), document: exe }));
    expect(wrongType.fieldErrors).toEqual({ document: "يجب أن تكون الوثيقة ملف PDF أو DOCX." });
    const big = await refused(() => createAgreement(null, { ...agreementFields("اتفاقية بملف كبير", [pce.id]), document: new File([pdf(10 * 1024 * 1024 + 1)], "big.pdf") }));
    expect(big.fieldErrors).toEqual({ document: "حجم الوثيقة يتجاوز 10 ميغابايت." });
  });
});

describe("updateAgreement and deleteAgreement", () => {
  it("edits an agreement, replaces then removes its document, and deletes it with its follow-ups", async () => {
    const agreement = await newAgreement("اتفاقية للتعديل");
    const pce = await partyByKey("Partido Comunista de España");
    const pcf = await partyByKey("Parti communiste français");
    await expectDeniedToOfficersAndMembers(async () => updateAgreement(null, { id: agreement.id, version: await versionOf(agreements, agreement.id), ...agreementFields("اتفاقية مخترقة", [pce.id]) }));

    const document = new File([pdf()], "v1.pdf");
    await expectRedirect(demo.bureau, async () => updateAgreement(null, { id: agreement.id, version: await versionOf(agreements, agreement.id), ...agreementFields("اتفاقية معدلة", [pce.id, pcf.id]), document }), new RegExp(`/diplomacy/agreements/${agreement.id}$`));
    const first = await agreementTitled("اتفاقية معدلة");
    expect(first.documentName).toBe("v1.pdf");
    const audit = await lastAudit("agreement.update");
    expect(audit?.changes).toMatchObject({ title: { to: "اتفاقية معدلة" }, partyIds: { from: [pcf.id], to: [pcf.id, pce.id].sort((a, b) => a - b) }, documentName: { from: null, to: "v1.pdf" } });

    // saved again with no file: the document stays; then removed on request
    await expectRedirect(demo.bureau, async () => updateAgreement(null, { id: agreement.id, version: await versionOf(agreements, agreement.id), ...agreementFields("اتفاقية معدلة", [pce.id]) }));
    expect((await agreementTitled("اتفاقية معدلة")).documentKey).toBe(first.documentKey);
    await expectRedirect(demo.bureau, async () => updateAgreement(null, { id: agreement.id, version: await versionOf(agreements, agreement.id), ...agreementFields("اتفاقية معدلة", [pce.id]), removeDocument: "on" }));
    expect((await agreementTitled("اتفاقية معدلة")).documentKey).toBeNull();
    expect(await storage().get(first.documentKey!)).toBeNull();

    await db.insert(followUpActions).values({ agreementId: agreement.id, title: "إجراء تابع", dueOn: "2026-06-01" });
    await expectDeniedToOfficersAndMembers(() => deleteAgreement(null, { id: agreement.id }));
    await expectRedirect(demo.bureau, () => deleteAgreement(null, { id: agreement.id }), /NEXT_REDIRECT \/diplomacy\/agreements$/);
    expect(await agreementTitled("اتفاقية معدلة")).toBeUndefined();
    expect(await db.select().from(followUpActions).where(eq(followUpActions.agreementId, agreement.id))).toHaveLength(0);
    expect(await lastAudit("agreement.delete")).toMatchObject({ entityId: String(agreement.id) });
  });
});

const followUpFields = (agreementId: number, ownerId: number, title = "إعداد برنامج عمل") => ({
  agreementId: String(agreementId),
  title,
  ownerMemberId: String(ownerId),
  dueOn: "2026-09-30",
  notes: "",
});

describe("createFollowUp", () => {
  it("gives a follow-up action an owner and a due date, and audits followup.create", async () => {
    const agreement = await newAgreement("اتفاقية للتتبع");
    const owner = await activeBureauMember();
    await expectRedirect(demo.bureau, () => createFollowUp(null, followUpFields(agreement.id, owner.id, "تتبع أول")), new RegExp(`/diplomacy/agreements/${agreement.id}\\?created=follow-up#follow-ups$`));
    const [row] = await db.select().from(followUpActions).where(eq(followUpActions.title, "تتبع أول"));
    expect(row).toMatchObject({ agreementId: agreement.id, ownerMemberId: owner.id, dueOn: "2026-09-30", status: "open", doneOn: null });
    expect(await lastAudit("followup.create")).toMatchObject({ entity: "follow_up_action", entityId: String(row.id) });
    expect((await lastAudit("followup.create"))?.summary).toContain(owner.name);
  });

  it("refuses officers and members, writing nothing", async () => {
    const agreement = await peruAgreement();
    const owner = await activeBureauMember();
    await expectDeniedToOfficersAndMembers(() => createFollowUp(null, followUpFields(agreement.id, owner.id, "تتبع مرفوض")));
  });

  it("needs a due date and an active owner, and no due date before the signing", async () => {
    const agreement = await newAgreement("اتفاقية الأخطاء", "2026-03-01");
    const owner = await activeBureauMember();
    await signInAs(demo.bureau);
    const noDue = await refused(() => createFollowUp(null, { ...followUpFields(agreement.id, owner.id), dueOn: "" }));
    expect(noDue.fieldErrors).toEqual({ dueOn: REQUIRED });
    const noOwner = await refused(() => createFollowUp(null, { ...followUpFields(agreement.id, owner.id), ownerMemberId: "" }));
    expect(noOwner.fieldErrors).toEqual({ ownerMemberId: REQUIRED });
    const gone = await inactiveMember();
    const inactive = await refused(() => createFollowUp(null, followUpFields(agreement.id, gone.id)));
    expect(inactive.fieldErrors).toEqual({ ownerMemberId: "اختر عضوًا نشيطًا من نتائج البحث." });
    const early = await refused(() => createFollowUp(null, { ...followUpFields(agreement.id, owner.id), dueOn: "2026-02-28" }));
    expect(early.fieldErrors).toEqual({ dueOn: "لا يمكن أن يسبق الأجل تاريخ توقيع الاتفاقية." });
  });
});

describe("updateFollowUp, setFollowUpStatus and deleteFollowUp", () => {
  it("edits, closes, reopens and deletes a follow-up, each audited as followup.*", async () => {
    const agreement = await newAgreement("اتفاقية الحالات");
    const owner = await activeBureauMember();
    const [followUp] = await db.insert(followUpActions).values({ agreementId: agreement.id, title: "تتبع للتعديل", dueOn: "2026-05-01", ownerMemberId: owner.id }).returning();
    const { agreementId: _, ...edit } = followUpFields(agreement.id, owner.id, "تتبع معدل");

    await expectDeniedToOfficersAndMembers(() => updateFollowUp(null, { id: followUp.id, ...edit }));
    await expectRedirect(demo.bureau, () => updateFollowUp(null, { id: followUp.id, ...edit }), new RegExp(`/diplomacy/agreements/${agreement.id}#follow-ups$`));
    expect((await lastAudit("followup.update"))?.changes).toMatchObject({ title: { from: "تتبع للتعديل", to: "تتبع معدل" }, dueOn: { from: "2026-05-01", to: "2026-09-30" } });
    await signInAs(demo.bureau);
    expect((await refused(() => updateFollowUp(null, { id: followUp.id, ...edit, dueOn: "" }))).fieldErrors?.dueOn).toBe(REQUIRED);

    await expectDeniedToOfficersAndMembers(() => setFollowUpStatus(null, { id: followUp.id, status: "done" }));
    await signInAs(demo.bureau);
    expect(await setFollowUpStatus(null, { id: followUp.id, status: "done" })).toMatchObject({ ok: true });
    const done = (await db.select().from(followUpActions).where(eq(followUpActions.id, followUp.id)))[0];
    expect(done).toMatchObject({ status: "done", doneOn: todayInMorocco() });
    expect((await lastAudit("followup.update"))?.changes).toMatchObject({ status: { from: "open", to: "done" } });

    const twice = await refused(() => setFollowUpStatus(null, { id: followUp.id, status: "cancelled" }));
    expect(twice.message).toBe("لا يمكن الانتقال من «منجز» إلى «ملغى».");
    expect((await refused(() => setFollowUpStatus(null, { id: followUp.id, status: "lost" }))).fieldErrors?.status).toBe("اختر قيمة من القائمة.");
    expect(await setFollowUpStatus(null, { id: followUp.id, status: "open" })).toMatchObject({ ok: true });
    expect((await db.select().from(followUpActions).where(eq(followUpActions.id, followUp.id)))[0]).toMatchObject({ status: "open", doneOn: null });

    await expectDeniedToOfficersAndMembers(() => deleteFollowUp(null, { id: followUp.id }));
    await expectRedirect(demo.admin, () => deleteFollowUp(null, { id: followUp.id }), new RegExp(`/diplomacy/agreements/${agreement.id}#follow-ups$`));
    expect(await db.select().from(followUpActions).where(eq(followUpActions.id, followUp.id))).toHaveLength(0);
    expect(await lastAudit("followup.delete")).toMatchObject({ entityId: String(followUp.id) });
  });
});

describe("updateAgreement from a stale version", () => {
  it("refuses a save from a replaced version, with the agreement and its parties named; passes from the new one", async () => {
    const agreement = await newAgreement("اتفاقية التعارض");
    const pce = await partyByKey("Partido Comunista de España");
    const pcf = await partyByKey("Parti communiste français");
    await signInAs(demo.bureau);
    const fields = { id: String(agreement.id), ...agreementFields("اتفاقية التعارض", [pcf.id]) };
    await expectSavedOver(agreements, agreement.id, () => updateAgreement(null, { ...fields, version: "1", partyIds: [String(pcf.id), String(pce.id)] }));
    const current = await expectStale(agreements, agreement.id, () => updateAgreement(null, { ...fields, version: "1", place: "باريس" }));
    expect(current).toMatchObject({ id: String(agreement.id), version: "2", place: "الرباط", signatories: "الأمين العام\nالأمين الأول", aims: "توطيد العلاقات الثنائية\nتبادل الخبرات" });
    expect([...(current.partyIds as string[])].sort()).toEqual([String(pcf.id), String(pce.id)].sort());
    expect(current.$labels).toMatchObject({ [`partyIds=${pce.id}`]: pce.nameAr, [`partyIds=${pcf.id}`]: pcf.nameAr });
    await expectSavedOver(agreements, agreement.id, () => updateAgreement(null, { ...fields, version: "2", place: "باريس" }));
  });
});
