"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { readLocalDraft, removeLocalDraft, sameValues, writeLocalDraft } from "@/lib/offline/drafts";
import { formValuesOf, savePayloadOf, type QuestionShape } from "@/lib/reports/values";

export type SaveStatus = "idle" | "dirty" | "saving" | "saved" | "offline" | "failed" | "refused" | "conflict";

type Values = Record<string, string>;

/** The server's copy of the report, in the form's values. */
export interface ServerState {
  version: number;
  values: Values;
  updatedAt: string | null;
  updatedByName: string | null;
}

/** The server's copy as the save route sends it (lib/reports/queries getReportServerCopy). */
interface ServerCopy {
  version: number;
  meetingHeldOn: string | null;
  attendance: number | null;
  answers: Record<string, string | number | null>;
  updatedAt: string;
  updatedByName: string | null;
}

export interface SaveAnswer {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  result?: { version: number; savedAt: string; daysLate?: number };
  conflict?: ServerCopy | null;
}

const AUTOSAVE_DELAY = 3_000;
const RETRY_DELAY = 15_000;
// browsers refuse a keepalive request or a beacon over 64 KiB: a longer text goes by plain fetch
const KEEPALIVE_LIMIT = 60_000;

/**
 * Autosave of a report draft, offline-proof: every change is kept in IndexedDB at once, sent to the
 * server ~3 s after typing stops, when the page is hidden or left, and again when the connection
 * returns. Each save names the version it started from; a refusal because someone saved first
 * stops autosaving and hands over their copy (`conflict`) without touching what is on screen.
 */
export function useReportAutosave({
  reportId,
  saveUrl,
  questions,
  server,
  form,
}: {
  reportId: number;
  saveUrl: string;
  questions: QuestionShape[];
  server: ServerState;
  form: UseFormReturn<Values>;
}) {
  const base = useRef(server.version);
  // what the server holds at `base`: a save is needed while the form differs from it
  const onServer = useRef<Values>(server.values);
  const inFlight = useRef<Promise<void> | null>(null);
  const inFlightValues = useRef<Values | null>(null);
  const again = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const retry = useRef<number | undefined>(undefined);
  const blocked = useRef(false);
  // timers call the latest flush (which schedules itself again)
  const flushRef = useRef<() => Promise<void>>(async () => undefined);
  const later = useCallback((ms: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flushRef.current(), ms);
  }, []);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ServerState | null>(null);
  const [restored, setRestored] = useState(false);

  const values = useCallback(() => ({ ...form.getValues() }) as Values, [form]);
  const body = useCallback(
    (intent: "draft" | "submit", v: Values, version: number) => JSON.stringify({ intent, baseVersion: version, ...savePayloadOf(questions, v) }),
    [questions],
  );
  const keepLocally = useCallback(
    (v: Values) => writeLocalDraft({ reportId, baseVersion: base.current, values: v, changedAt: Date.now(), pending: !sameValues(v, onServer.current) }),
    [reportId],
  );

  const enterConflict = useCallback(
    (copy: ServerCopy | null | undefined) => {
      const theirs = copy ? { version: copy.version, values: formValuesOf(questions, copy), updatedAt: copy.updatedAt, updatedByName: copy.updatedByName } : null;
      // the server already holds exactly this text (our own last words, sent twice): no conflict
      if (theirs && sameValues(theirs.values, values())) {
        base.current = theirs.version;
        onServer.current = theirs.values;
        setSavedAt(theirs.updatedAt);
        setStatus("saved");
        void keepLocally(theirs.values);
        return;
      }
      blocked.current = true;
      setConflict(theirs);
      setStatus("conflict");
    },
    [keepLocally, questions, values],
  );

  const post = useCallback(
    async (intent: "draft" | "submit", v: Values): Promise<SaveAnswer> => {
      const payload = body(intent, v, base.current);
      const response = await fetch(saveUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: payload,
        credentials: "same-origin",
        keepalive: payload.length * 2 < KEEPALIVE_LIMIT,
      });
      if (!response.ok) throw new Error(`save answered ${response.status}`);
      return (await response.json()) as SaveAnswer;
    },
    [body, saveUrl],
  );

  const flush = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    window.clearTimeout(retry.current);
    if (blocked.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const v = values();
    if (sameValues(v, onServer.current)) return;
    if (!navigator.onLine) {
      setStatus("offline");
      return;
    }
    setStatus("saving");
    inFlightValues.current = v;
    inFlight.current = (async () => {
      try {
        const answer = await post("draft", v);
        if (answer.ok && answer.result) {
          base.current = answer.result.version;
          onServer.current = v;
          setSavedAt(answer.result.savedAt);
          setMessage(null);
          setStatus("saved");
          await keepLocally(values());
        } else if (answer.fieldErrors?.version) enterConflict(answer.conflict);
        else {
          for (const [field, text] of Object.entries(answer.fieldErrors ?? {})) form.setError(field.replace(/^answers\.(\d+)$/, "q$1"), { type: "server", message: text });
          setMessage(answer.message ?? null);
          setStatus("refused");
        }
      } catch (error) {
        // no answer at all (a TypeError from fetch) is a lost connection, even when the browser thinks it is online
        const unreachable = !navigator.onLine || error instanceof TypeError;
        setStatus(unreachable ? "offline" : "failed");
        if (navigator.onLine) retry.current = window.setTimeout(() => void flushRef.current(), RETRY_DELAY);
      }
    })();
    await inFlight.current;
    inFlight.current = null;
    inFlightValues.current = null;
    if (again.current || !sameValues(values(), onServer.current)) {
      again.current = false;
      if (!blocked.current && navigator.onLine) later(AUTOSAVE_DELAY);
    }
  }, [enterConflict, form, keepLocally, later, post, values]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  // every change: kept on this device at once, sent once typing stops
  useEffect(() => {
    const subscription = form.watch((v) => {
      const current = { ...v } as Values;
      void keepLocally(current);
      if (blocked.current) return;
      if (sameValues(current, onServer.current)) return;
      setStatus(navigator.onLine ? "dirty" : "offline");
      later(AUTOSAVE_DELAY);
    });
    return () => subscription.unsubscribe();
  }, [form, keepLocally, later]);

  // a copy on this device newer than the server's: restored, and sent (or shown as a conflict)
  useEffect(() => {
    let cancelled = false;
    void readLocalDraft(reportId).then((local) => {
      if (cancelled || !local) return;
      const stalePage = local.baseVersion > server.version; // a page served from the worker's cache
      const unsent = local.pending && !sameValues(local.values, server.values);
      if (!stalePage && !unsent) return;
      if (unsent && local.baseVersion < server.version) {
        // written here while someone else saved there: both texts stay, the person chooses
        base.current = local.baseVersion;
        blocked.current = true;
        setConflict(server);
        setStatus("conflict");
      } else {
        base.current = local.baseVersion;
        onServer.current = local.pending ? {} : local.values;
      }
      form.reset(local.values);
      setRestored(unsent);
      if (!blocked.current) void flush();
    });
    return () => {
      cancelled = true;
    };
    // once, on opening the report: the server's state of that moment is the reference
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const onOnline = () => void flush();
    const onOffline = () => {
      if (!sameValues(values(), onServer.current) && !blocked.current) setStatus("offline");
    };
    const onHidden = () => {
      if (document.visibilityState === "hidden") void flush();
    };
    // the page is going away: a beacon outlives it (unless a save of these very values is under way)
    const onPageHide = () => {
      const v = values();
      if (blocked.current || !navigator.onLine || sameValues(v, onServer.current) || (inFlightValues.current && sameValues(v, inFlightValues.current))) return;
      const version = inFlight.current ? base.current + 1 : base.current;
      const payload = JSON.stringify({ intent: "draft", baseVersion: version, ...savePayloadOf(questions, v) });
      if (payload.length * 2 < KEEPALIVE_LIMIT) navigator.sendBeacon(saveUrl, new Blob([payload], { type: "application/json" }));
    };
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", onPageHide);
      // leaving by a link inside the app: the last words go too
      void flush();
    };
  }, [flush, questions, saveUrl, values]);

  /** The submission: after any save under way, against the version reached. Null when offline. */
  const submit = useCallback(async (): Promise<SaveAnswer | null> => {
    window.clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    if (!navigator.onLine) return null;
    const v = values();
    try {
      const answer = await post("submit", v);
      if (answer.ok && answer.result) {
        base.current = answer.result.version;
        onServer.current = v;
        blocked.current = true; // read-only from now on
        await removeLocalDraft(reportId);
      } else if (answer.fieldErrors?.version) enterConflict(answer.conflict);
      return answer;
    } catch {
      return null;
    }
  }, [enterConflict, post, reportId, values]);

  /** "Keep mine": the text on screen, saved deliberately against the version now on the server. */
  const keepMine = useCallback(() => {
    if (!conflict) return;
    base.current = conflict.version;
    onServer.current = conflict.values;
    blocked.current = false;
    setConflict(null);
    setMessage(null);
    setStatus("dirty");
    void flush();
  }, [conflict, flush]);

  /** "Reload the server version": their text replaces mine on screen. */
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    base.current = conflict.version;
    onServer.current = conflict.values;
    blocked.current = false;
    form.reset(conflict.values);
    void writeLocalDraft({ reportId, baseVersion: conflict.version, values: conflict.values, changedAt: Date.now(), pending: false });
    setConflict(null);
    setMessage(null);
    setRestored(false);
    setStatus("idle");
  }, [conflict, form, reportId]);

  return { status, savedAt, message, conflict, restored, flush, submit, keepMine, takeTheirs };
}
