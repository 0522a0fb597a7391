import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DiskStorage, newStorageKey } from "./storage";

describe("DiskStorage", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "storage-"));
  const store = new DiskStorage(root);

  it("keeps a file under its key, gives it back, and forgets it on delete", async () => {
    const key = newStorageKey("papers/7");
    expect(key).toMatch(/^papers\/7\/[A-Za-z0-9_-]{24}$/);
    await store.put(key, new Uint8Array([37, 80, 68, 70]));
    expect(Buffer.from((await store.get(key))!).toString()).toBe("%PDF");
    expect(readdirSync(path.join(root, "papers", "7"))).toHaveLength(1);
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
});
