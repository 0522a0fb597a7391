import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestBucket, type TestBucket } from "@/tests/s3";
import { s3SettingsFromEnv, S3Storage } from "./s3-storage";
import { DiskStorage, finalKeyOf, newStorageKey, tempKeyOf, type FileStorage } from "./storage";

// The same contract on both backends: a folder on disk, and an S3 bucket (s3rver, started here).
let bucket: TestBucket;
beforeAll(async () => {
  bucket = await startTestBucket();
});
afterAll(() => bucket?.close());

const backends: [string, () => FileStorage][] = [
  ["DiskStorage", () => new DiskStorage(mkdtempSync(path.join(os.tmpdir(), "storage-")))],
  ["S3Storage", () => new S3Storage(s3SettingsFromEnv(bucket.env)!)],
];

describe.each(backends)("%s", (_name, make) => {
  let store: FileStorage;
  beforeAll(() => {
    store = make();
  });

  it("keeps a file under its key, gives it back, and forgets it on delete", async () => {
    const key = newStorageKey("papers/7");
    expect(key).toMatch(/^papers\/7\/[A-Za-z0-9_-]{24}$/);
    await store.put(key, new Uint8Array([37, 80, 68, 70]));
    expect(Buffer.from((await store.get(key))!).toString()).toBe("%PDF");
    expect((await store.list("papers/7", 10)).map((f) => f.key)).toEqual([key]);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
  });

  it("never overwrites a file", async () => {
    const key = newStorageKey("papers/8");
    await store.put(key, new Uint8Array([1]));
    await expect(store.put(key, new Uint8Array([2]))).rejects.toThrow();
  });

  it("refuses a key that would leave its folder", async () => {
    await expect(store.get("../etc/passwd")).rejects.toThrow(/invalid storage key/);
    await expect(store.put("papers/../../x", new Uint8Array([1]))).rejects.toThrow(/invalid storage key/);
    await expect(store.get("/abs/path")).rejects.toThrow(/invalid storage key/);
  });

  it("moves a file to another key, once; a move already done is not an error", async () => {
    const key = newStorageKey("papers/9");
    const temp = tempKeyOf(key);
    await store.put(temp, new Uint8Array([7]));
    await store.move(temp, key);
    expect(await store.get(temp)).toBeNull();
    expect(Array.from((await store.get(key))!)).toEqual([7]);
    await store.move(temp, key);
    await expect(store.move(tempKeyOf(newStorageKey("papers/9")), newStorageKey("papers/9"))).rejects.toThrow();
  });

  it("lists the files under a folder, at most as many as asked", async () => {
    const keys = [newStorageKey("trainings/3"), newStorageKey("trainings/3"), newStorageKey("trainings/4")];
    for (const key of keys) await store.put(key, new Uint8Array([1]));
    expect((await store.list("trainings", 10)).map((f) => f.key).sort()).toEqual([...keys].sort());
    expect(await store.list("trainings", 2)).toHaveLength(2);
    expect(await store.list("nothing-here", 10)).toEqual([]);
    await expect(store.list("../etc", 10)).rejects.toThrow(/invalid storage prefix/);
  });
});

describe("waiting uploads", () => {
  it("wait under tmp/ named after their final key, which can be read back", () => {
    const key = newStorageKey("agreements/5");
    expect(tempKeyOf(key)).toBe(`tmp/${key}`);
    expect(finalKeyOf(tempKeyOf(key))).toBe(key);
    expect(finalKeyOf(key)).toBeNull();
    expect(finalKeyOf("tmp/tmp/x/y")).toBeNull();
    expect(finalKeyOf("tmp/x")).toBeNull();
  });
});
