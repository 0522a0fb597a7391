import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Where uploaded files live. The app speaks only to this interface, so another backend (an object
 * store, say) can be plugged in with setStorage() without touching the callers.
 */
export interface FileStorage {
  put(key: string, data: Uint8Array): Promise<void>;
  /** The file's bytes, or null when there is none under that key. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

// keys are made by newStorageKey(): folders of safe characters, so no key can climb out of the root
const KEY = /^[a-z0-9-]+(\/[a-zA-Z0-9_-]+)+$/;

export function assertKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
}

/** A fresh key under a prefix ("papers/12"): unguessable, so a key alone never names another file. */
export function newStorageKey(prefix: string): string {
  const key = `${prefix}/${randomBytes(18).toString("base64url")}`;
  assertKey(key);
  return key;
}

/** Files in a folder on disk: STORAGE_DIR, else .data/uploads. */
export class DiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data, { flag: "wx", mode: 0o600 });
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

let current: FileStorage | undefined;

export function storage(): FileStorage {
  return (current ??= new DiskStorage(process.env.STORAGE_DIR || path.join(process.cwd(), ".data", "uploads")));
}

export function setStorage(backend: FileStorage | undefined): void {
  current = backend;
}
