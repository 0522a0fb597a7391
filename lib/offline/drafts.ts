import { createStore, del, get, set, type UseStore } from "idb-keyval";

/**
 * What a report's editor keeps on this device, on every change: the values as typed, the server
 * version they were started from, and whether the server has them yet (`pending`). A reload,
 * even offline, restores them; nothing typed is lost when the connection drops.
 */
export interface LocalDraft {
  reportId: number;
  baseVersion: number;
  values: Record<string, string>;
  changedAt: number;
  pending: boolean;
}

let store: UseStore | null = null;
function drafts(): UseStore | null {
  if (typeof indexedDB === "undefined") return null;
  return (store ??= createStore("party-life-offline", "report-drafts"));
}

const key = (reportId: number) => `report:${reportId}`;

// A browser that refuses IndexedDB (a private window, a full disk) still saves to the server.
export async function readLocalDraft(reportId: number): Promise<LocalDraft | null> {
  const s = drafts();
  if (!s) return null;
  try {
    return ((await get(key(reportId), s)) as LocalDraft | undefined) ?? null;
  } catch {
    return null;
  }
}

export async function writeLocalDraft(draft: LocalDraft): Promise<void> {
  const s = drafts();
  if (!s) return;
  try {
    await set(key(draft.reportId), draft, s);
  } catch {
    // nothing more to do: the server copy is the fallback
  }
}

export async function removeLocalDraft(reportId: number): Promise<void> {
  const s = drafts();
  if (!s) return;
  try {
    await del(key(reportId), s);
  } catch {
    // ignored, as above
  }
}

export function sameValues(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? "") !== (b[k] ?? "")) return false;
  return true;
}
