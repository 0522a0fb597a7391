import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { S3Storage, s3SettingsFromEnv } from "./s3-storage";

/**
 * Where uploaded files live. The app speaks only to this interface: a folder on disk (DiskStorage)
 * or an S3-compatible bucket (S3Storage, lib/s3-storage.ts), chosen by the environment.
 */
export interface FileStorage {
  put(key: string, data: Uint8Array): Promise<void>;
  /** The file's bytes, or null when there is none under that key. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
  /** Gives a file another key; done already (nothing under `from`, a file under `to`) is not an error. */
  move(from: string, to: string): Promise<void>;
  /** Up to `limit` files under a folder ("tmp", "papers"), with when each was last written. */
  list(prefix: string, limit: number): Promise<StoredFile[]>;
}

export interface StoredFile {
  key: string;
  modifiedAt: Date;
}

// keys are made by newStorageKey(): folders of safe characters, so no key can climb out of the root,
// and the name a browser sent for a file is never part of one
const KEY = /^[a-z0-9-]+(\/[a-zA-Z0-9_-]+)+$/;
const PREFIX = /^[a-z0-9-]+(\/[a-zA-Z0-9_-]+)*$/;

export function isKey(key: string): boolean {
  return KEY.test(key);
}

export function assertKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
}

export function assertPrefix(prefix: string): void {
  if (!PREFIX.test(prefix)) throw new Error(`invalid storage prefix: ${prefix}`);
}

/** A fresh key under a prefix ("papers/12"): unguessable, so a key alone never names another file. */
export function newStorageKey(prefix: string): string {
  const key = `${prefix}/${randomBytes(18).toString("base64url")}`;
  assertKey(key);
  return key;
}

/** The folder where uploads wait for their transaction; lib/sweep.ts clears what is left there. */
export const TEMP_FOLDER = "tmp";

/**
 * The name an upload waits under until its row is committed: its final key below tmp/, so that a
 * file whose move was interrupted (the process stopped just after the commit) can still be put in
 * its place by the sweep, which finds the row that names it.
 */
export function tempKeyOf(key: string): string {
  assertKey(key);
  return `${TEMP_FOLDER}/${key}`;
}

/** The final key a waiting upload is for, or null for a key that is not a waiting upload. */
export function finalKeyOf(tempKey: string): string | null {
  const key = tempKey.startsWith(`${TEMP_FOLDER}/`) ? tempKey.slice(TEMP_FOLDER.length + 1) : null;
  return key && KEY.test(key) && !key.startsWith(`${TEMP_FOLDER}/`) ? key : null;
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

  async move(from: string, to: string): Promise<void> {
    const source = this.pathOf(from);
    const target = this.pathOf(to);
    await mkdir(path.dirname(target), { recursive: true });
    try {
      // one folder tree, one file system: the file appears under its key whole or not at all
      await rename(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" && (await exists(target))) return;
      throw error;
    }
  }

  async list(prefix: string, limit: number): Promise<StoredFile[]> {
    assertPrefix(prefix);
    const found: StoredFile[] = [];
    const walk = async (folder: string, key: string) => {
      let entries;
      try {
        entries = await readdir(folder, { withFileTypes: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
        throw error;
      }
      for (const entry of entries) {
        if (found.length >= limit) return;
        const child = `${key}/${entry.name}`;
        if (entry.isDirectory()) await walk(path.join(folder, entry.name), child);
        else if (entry.isFile() && KEY.test(child)) found.push({ key: child, modifiedAt: (await stat(path.join(folder, entry.name))).mtime });
      }
    };
    await walk(path.join(this.root, ...prefix.split("/")), prefix);
    return found;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

let current: FileStorage | undefined;

/**
 * Where files go: an S3-compatible bucket when S3_BUCKET is set (several app instances then share
 * their files), else a folder on this machine (STORAGE_DIR, default .data/uploads).
 */
export function storage(): FileStorage {
  if (current) return current;
  const s3 = s3SettingsFromEnv();
  return (current = s3 ? new S3Storage(s3) : new DiskStorage(process.env.STORAGE_DIR || path.join(process.cwd(), ".data", "uploads")));
}

export function setStorage(backend: FileStorage | undefined): void {
  current = backend;
}

/** What a mutation offers an upload (lib/action.ts MutationContext): effects on commit, and on rollback. */
interface TransactionEffects {
  afterCommit: (effect: () => unknown) => void;
  afterRollback: (effect: () => unknown) => void;
}

/**
 * Keeps an upload for the row a mutation is writing, and answers the key the row names. The bytes
 * are written now under a temporary name, appear under the key once the transaction has committed,
 * and are removed if it rolls back (a refusal after the upload, a database error); whatever an
 * interrupted process leaves behind, the sweep (lib/sweep.ts) removes or puts in place.
 */
export async function storeWithTransaction(ctx: TransactionEffects, prefix: string, data: Uint8Array): Promise<string> {
  const key = newStorageKey(prefix);
  const temp = tempKeyOf(key);
  ctx.afterRollback(() => storage().delete(temp));
  await storage().put(temp, data);
  ctx.afterCommit(() => storage().move(temp, key));
  return key;
}

/** Deletes a file once the transaction that dropped its row has committed: a refused delete keeps it. */
export function deleteAfterCommit(ctx: Pick<TransactionEffects, "afterCommit">, key: string | null | undefined): void {
  if (key) ctx.afterCommit(() => storage().delete(key));
}
