// Bad input through the real actions and queries, on the real database: each refusal is a field
// error in Arabic (or a page that still renders), never a database error.
import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { userFiltersSchema, auditFiltersSchema } from "@/lib/admin/schemas";
import { refuseUnreadableActionBody } from "@/lib/http/body";
import { createMember, updateMember } from "@/lib/members/actions";
import { listMembers, memberListFiltersFrom } from "@/lib/members/queries";
import { saveReportDraft } from "@/lib/reports/filing-actions";
import { addTrainingMaterial } from "@/lib/rooting/material-actions";
import { setAttendanceCount } from "@/lib/rooting/training-people-actions";
import { createBranch, createCell } from "@/lib/territory/actions";
import { auditCount, demo, getCurrentUser, signInAs } from "@/tests/helpers";

const e = ar.errors;

async function refused(call: () => Promise<{ ok: boolean; fieldErrors?: Record<string, string>; message?: string }>) {
  const before = await auditCount();
  const state = await call();
  expect(state.ok).toBe(false);
  expect(await auditCount()).toBe(before);
  return state;
}

describe("ids in forms", () => {
  it("a huge, fractional or exponent id is a field error, not a database error", async () => {
    await signInAs(demo.bureau);
    for (const provinceId of ["2147483648", "99999999999999999999", "1.5", "1e3", "-1", " 1"]) {
      const state = await refused(() => createBranch(null, { nameAr: "فرع", town: "مدينة", provinceId }));
      expect(state.fieldErrors, provinceId).toEqual({ provinceId: e.idInvalid });
      expect(state.message).toBe(e.formInvalid);
    }
    const edit = await refused(() => updateMember(null, { id: "2147483648", version: "1", fullNameAr: "اسم", memberNumber: "X-1", branchId: "1", status: "active" }));
    expect(edit.fieldErrors?.id).toBe(e.idInvalid);
  });

  it("a report's version beyond the integer range is refused under its field", async () => {
    await signInAs(demo.officerFes);
    const state = await refused(() => saveReportDraft(null, { reportId: "1", baseVersion: "99999999999", answers: {} }));
    expect(state.fieldErrors?.baseVersion).toBe("القيمة أكبر من المسموح (2147483647).");
  });

  it("a forged call with a null or array body is refused like an empty form", async () => {
    await signInAs(demo.bureau);
    expect((await refused(() => createBranch(null, null as never))).message).toBe(e.formInvalid);
    expect((await refused(() => createBranch(null, [] as never))).message).toBe(e.formInvalid);
  });
});

describe("text, dates and numbers", () => {
  it("a name made only of zero-width characters and NBSP is required", async () => {
    await signInAs(demo.bureau);
    for (const nameAr of ["\u200B", "\u00A0\u200C\u200D", "\uFEFF\u2060 "]) {
      const state = await refused(() => createBranch(null, { nameAr, town: "مدينة", provinceId: "1" }));
      expect(state.fieldErrors, JSON.stringify(nameAr)).toEqual({ nameAr: e.required });
    }
    const member = await refused(() => createMember(null, { fullNameAr: "\u200B\u200B", memberNumber: "\u2060", branchId: "1", status: "active" }));
    expect(member.fieldErrors).toMatchObject({ fullNameAr: e.required, memberNumber: e.required });
  });

  it("a date of year 1 or 99999 is refused in Arabic", async () => {
    await signInAs(demo.bureau);
    const early = await refused(() => createCell(null, { branchId: "1", name: "خلية", kind: "neighbourhood", foundedOn: "0001-01-01" }));
    expect(early.fieldErrors?.foundedOn).toBe(e.dateRange);
    const late = await refused(() => createCell(null, { branchId: "1", name: "خلية", kind: "neighbourhood", foundedOn: "99999-01-01" }));
    expect(late.fieldErrors?.foundedOn).toBe(e.date);
  });

  it("a count beyond the integer range is a field error, not 22003", async () => {
    await signInAs(demo.officerFes);
    const count = await refused(() => setAttendanceCount(null, { trainingId: "1", provinceId: "1", count: "99999999999" }));
    expect(count.fieldErrors?.count).toBe("القيمة أكبر من المسموح (100000).");
    await signInAs(demo.bureau);
    const cell = await refused(() => createCell(null, { branchId: "1", name: "خلية", kind: "neighbourhood", membersCount: "2147483648" }));
    expect(cell.fieldErrors?.membersCount).toBe("القيمة أكبر من المسموح (100000).");
  });
});

describe("a NUL in an uploaded file's name", () => {
  it("passes the body check and is refused under the file field", async () => {
    const boundary = "----upload";
    const body =
      `--${boundary}\r\nContent-Disposition: form-data; name="trainingId"\r\n\r\n1\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nدليل\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="guide\u0000.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n\r\n` +
      `--${boundary}--\r\n`;
    const request = () =>
      new Request("http://localhost/rooting/trainings/1", { method: "POST", headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "next-action": "ab".repeat(21) }, body });
    expect(await refuseUnreadableActionBody(request())).toBeNull();
    const form = await request().formData();
    expect((form.get("file") as File).name).toContain("\u0000");
    await signInAs(demo.officerSefrou);
    const state = await refused(() => addTrainingMaterial(null, form));
    expect(state.fieldErrors).toEqual({ file: e.controlChars });
  });
});

describe("query strings", () => {
  it("a NUL, a bidi override or 10 000 characters in a search reach SQL cleaned", async () => {
    await signInAs(demo.bureau);
    const viewer = (await getCurrentUser())!;
    for (const q of ["\u0000", "a\u0000b", "\u202Eمحمد", "x".repeat(10_000)]) {
      const filters = memberListFiltersFrom({ q, region: "2147483648", province: "abc", after: "\u0000" + "x".repeat(10_000) });
      expect(filters.q ?? "").not.toMatch(/[\u0000\u202E]/);
      expect(filters).toMatchObject({ regionId: null, provinceId: null, cursor: null });
      await expect(listMembers(viewer, filters)).resolves.toBeDefined();
    }
  });

  it("the admin filters drop what is not an id or a date and clean the searches", () => {
    expect(userFiltersSchema.parse({ q: "a\u0000", region: "2147483648", after: "-1%" })).toMatchObject({ q: "a", region: undefined, after: undefined });
    expect(auditFiltersSchema.parse({ user: "1e3", who: "\u0000x", from: "0001-01-01", to: "99999-01-01" })).toMatchObject({ user: undefined, who: "x", from: undefined, to: undefined });
  });
});
