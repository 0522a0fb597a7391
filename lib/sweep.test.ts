import { mkdtempSync, utimesSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { actionKeys, revokedSessions, signInAttempts, trainingMaterials, users } from "@/db/schema";
import * as clock from "@/lib/clock";
import { makePlan, makeTraining, province } from "@/tests/fixtures/rooting";
import { addTrainingMaterial } from "@/lib/rooting/material-actions";
import { DiskStorage, newStorageKey, setStorage, storage, tempKeyOf, type FileStorage } from "@/lib/storage";
import { sweepQuietly, sweepStorage } from "@/lib/sweep";
import { demo, signInAs } from "@/tests/helpers";

const root = mkdtempSync(path.join(os.tmpdir(), "sweep-"));
process.env.STORAGE_DIR = root;
afterEach(() => setStorage(undefined));

const bytes = new TextEncoder().encode("%PDF-1.7\n");
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);

/** A file under a key, written `hours` ago. */
async function fileAt(key: string, hours = 0) {
  await storage().put(key, bytes);
  const when = hoursAgo(hours);
  utimesSync(path.join(root, ...key.split("/")), when, when);
}

async function materialRow(storageKey: string) {
  const training = await makeTraining({ planId: await makePlan(), level: "provincial", provinceId: (await province("Sefrou")).id });
  await db.insert(trainingMaterials).values({ trainingId: training.id, title: "دليل", storageKey, fileName: "دليل.pdf", fileType: "application/pdf", fileSize: bytes.length });
  return training;
}

describe("sweepStorage", () => {
  it("removes old waiting uploads and unnamed files, keeps what a row names, what is young, and other folders", async () => {
    const named = newStorageKey("trainings/1");
    await materialRow(named);
    await fileAt(named, 5);
    const oldWaiting = tempKeyOf(newStorageKey("trainings/1"));
    const youngWaiting = tempKeyOf(newStorageKey("papers/1"));
    const oldUnnamed = newStorageKey("agreements/1");
    const youngUnnamed = newStorageKey("agreements/1");
    const elsewhere = newStorageKey("exports/1");
    await fileAt(oldWaiting, 2);
    await fileAt(youngWaiting, 0.5);
    await fileAt(oldUnnamed, 2);
    await fileAt(youngUnnamed, 0.5);
    await fileAt(elsewhere, 48);

    const report = await sweepStorage();
    expect(report).toMatchObject({ moved: 0, removedWaiting: 1, removedUnnamed: 1 });
    expect(await storage().get(named)).not.toBeNull();
    expect(await storage().get(oldWaiting)).toBeNull();
    expect(await storage().get(youngWaiting)).not.toBeNull();
    expect(await storage().get(oldUnnamed)).toBeNull();
    expect(await storage().get(youngUnnamed)).not.toBeNull();
    expect(await storage().get(elsewhere)).not.toBeNull();
  });

  it("puts in place an upload whose row was committed but whose move never ran", async () => {
    const failingMove: FileStorage = Object.assign(Object.create(new DiskStorage(root)) as DiskStorage, {
      move: async () => {
        throw new Error("the process stopped");
      },
    });
    setStorage(failingMove);
    await signInAs(demo.officerSefrou);
    const training = await makeTraining({ planId: await makePlan(), level: "provincial", provinceId: (await province("Sefrou")).id });
    // the move is an after-commit step: its failure is logged, the material is saved
    expect(await addTrainingMaterial(null, { trainingId: String(training.id), title: "دليل", url: "", file: new File([bytes], "دليل.pdf") })).toMatchObject({ ok: true });
    const [row] = await db.select().from(trainingMaterials).where(eq(trainingMaterials.trainingId, training.id));
    setStorage(undefined);
    expect(await storage().get(row.storageKey!)).toBeNull();
    expect(await storage().get(tempKeyOf(row.storageKey!))).not.toBeNull();

    expect((await sweepStorage()).moved).toBe(1);
    expect(Buffer.from((await storage().get(row.storageKey!))!).toString()).toBe("%PDF-1.7\n");
    expect(await storage().get(tempKeyOf(row.storageKey!))).toBeNull();
  });

  it("prunes one-time keys older than a day", async () => {
    const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, demo.admin));
    await db.insert(actionKeys).values([
      { userId: admin.id, key: "old-key-0123456789abcdef", action: "branch.manage", createdAt: hoursAgo(25) },
      { userId: admin.id, key: "new-key-0123456789abcdef", action: "branch.manage", createdAt: hoursAgo(1) },
    ]);
    expect((await sweepStorage()).prunedKeys).toBeGreaterThanOrEqual(1);
    const left = await db.select({ key: actionKeys.key }).from(actionKeys).where(sql`${actionKeys.key} like '%-key-0123456789abcdef'`);
    expect(left).toEqual([{ key: "new-key-0123456789abcdef" }]);
  });

  it("prunes sign-in attempts older than a day and revoked sessions past their end, on the app's clock", async () => {
    const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, demo.admin));
    const at = (hours: number) => new Date(clock.now().getTime() - hours * 3600_000);
    await db.insert(signInAttempts).values([
      { email: "old@example.org", ip: "10.9.0.1", succeeded: false, at: at(25) },
      { email: "new@example.org", ip: "10.9.0.1", succeeded: false, at: at(1) },
    ]);
    await db.insert(revokedSessions).values([
      { sid: "ended-session-0123456789", userId: admin.id, expiresAt: at(1) },
      { sid: "alive-session-0123456789", userId: admin.id, expiresAt: at(-1) },
    ]);
    expect((await sweepStorage()).prunedSignIns).toBe(2);
    expect(await db.select({ email: signInAttempts.email }).from(signInAttempts).where(eq(signInAttempts.ip, "10.9.0.1"))).toEqual([
      { email: "new@example.org" },
    ]);
    expect(await db.select({ sid: revokedSessions.sid }).from(revokedSessions)).toEqual([{ sid: "alive-session-0123456789" }]);
  });

  it("never throws from the timer: a failing storage is logged and the server goes on", async () => {
    setStorage(
      Object.assign(Object.create(new DiskStorage(root)) as DiskStorage, {
        list: async () => {
          throw new Error("disk gone");
        },
      }),
    );
    expect(await sweepQuietly()).toBeNull();
  });
});
