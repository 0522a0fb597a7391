"use client";

import dynamic from "next/dynamic";
import { useActionState, useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConflictNotice } from "@/components/ui/conflict";
import { useClientStrings } from "@/components/ui/i18n-context";
import { submitWithoutReset } from "./submit";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { useFileSizeLimit } from "@/components/ui/file-limit";
import { Field, fieldDescribedBy } from "@/components/ui/field";
import { OneTimeKeyField } from "@/components/ui/one-time-key";
import { Tabs } from "@/components/ui/tabs";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { savePaper } from "@/lib/papers/actions";
import { MAX_BODY_CHARS } from "@/lib/papers/values";
import { MAX_ATTACHMENT_BYTES } from "@/lib/uploads";

const MarkdownPreview = dynamic(() => import("./markdown-preview"), { ssr: false });

/**
 * The assignees' editor: Markdown with a preview tab, an optional PDF/DOCX file, and two buttons —
 * keep a draft (a new version each time) or submit to the Bureau. The server checks everything again.
 */
export function PaperEditor({
  paperId,
  version: loaded,
  body,
  attachmentName,
  attachmentTooLarge,
  t,
}: {
  paperId: number;
  /** the paper's version when the page loaded it: a save over someone else's is refused and shown */
  version: number;
  body: string;
  attachmentName: string | null;
  /** The server's sentence for too large a file, shown as soon as one is chosen (nothing is sent). */
  attachmentTooLarge: string;
  t: Dictionary["papers"]["editor"];
}) {
  const [state, formAction, pending] = useActionState(savePaper, { ok: false });
  const [text, setText] = useState(body);
  const [tab, setTab] = useState<"write" | "preview">("write");
  const [version, setVersion] = useState(String(loaded));
  const [answered, setAnswered] = useState(state);
  // the answer to a stale save, and what the writer chose for it
  const [choice, setChoice] = useState<{ state: typeof state; kept: "theirs" | "mine" } | null>(null);
  const [element, setElement] = useState<HTMLFormElement | null>(null);
  const { conflict: words } = useClientStrings();
  const id = useId();
  const limit = useFileSizeLimit(MAX_ATTACHMENT_BYTES, attachmentTooLarge);
  const error = (field: string) => (field === "attachment" && limit.error) || state.fieldErrors?.[field];
  // each save moves the paper to a new version: the next one starts from it
  if (answered !== state) {
    setAnswered(state);
    const saved = state.ok ? (state.result as { version?: unknown } | undefined)?.version : undefined;
    if (typeof saved === "number") setVersion(String(saved));
  }
  const chosen = choice?.state === state ? choice.kept : null;
  const conflict = state.conflict;

  return (
    <form ref={setElement} action={formAction} onSubmit={submitWithoutReset(formAction)} className="space-y-4" noValidate>
      <input type="hidden" name="paperId" value={paperId} />
      <OneTimeKeyField state={state} />
      <input type="hidden" name="version" value={version} />
      {conflict && !chosen ? (
        <ConflictNotice
          message={state.message}
          conflict={conflict}
          submitted={state.values ?? {}}
          form={element}
          onLoadTheirs={() => {
            setText(String(conflict.current.body ?? ""));
            setVersion(String(conflict.version));
            setChoice({ state, kept: "theirs" });
          }}
          onKeepMine={() => {
            setVersion(String(conflict.version));
            setChoice({ state, kept: "mine" });
          }}
        />
      ) : null}
      <div aria-live="polite" className="empty:hidden">
        {chosen ? <Alert tone="info">{chosen === "mine" ? words.keptMine : words.loadedTheirs}</Alert> : null}
        {state.message && !conflict ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      </div>

      <div>
        <Tabs
          selected={tab}
          onSelect={setTab}
          header={
            <label htmlFor={`${id}-body`} className="pb-2 text-sm font-medium text-stone-800">
              {t.text}
            </label>
          }
          items={[
            {
              key: "write",
              label: t.write,
              content: (
                <textarea
                  id={`${id}-body`}
                  name="body"
                  value={text}
                  onChange={(event) => setText(event.target.value)}
                  rows={16}
                  maxLength={MAX_BODY_CHARS}
                  dir="auto"
                  aria-invalid={error("body") ? true : undefined}
                  aria-describedby={[`${id}-body-hint`, error("body") ? `${id}-body-error` : null].filter(Boolean).join(" ")}
                  className={cn(
                    "mt-2 block w-full rounded-lg border bg-white px-3 py-2.5 font-sans text-base leading-8 shadow-xs",
                    error("body") ? "border-accent-600" : "border-stone-300 focus:border-brand-600",
                  )}
                />
              ),
            },
            {
              key: "preview",
              label: t.preview,
              panelClassName: "mt-2 min-h-40 rounded-lg border border-stone-200 bg-white p-4",
              content: tab === "preview" ? text.trim() ? <MarkdownPreview text={text} /> : <p className="text-stone-600">{t.emptyPreview}</p> : null,
            },
          ]}
        />
        <p id={`${id}-body-hint`} className="mt-1 text-xs text-stone-600">
          {t.markdownHint}
        </p>
        {error("body") ? (
          <p id={`${id}-body-error`} className="mt-1 text-sm font-medium text-accent-600">
            {error("body")}
          </p>
        ) : null}
      </div>

      <div className="space-y-2">
        <Field id={`${id}-file`} label={t.attachment} hint={t.attachmentHint} error={error("attachment")}>
          {attachmentName ? (
            <p className="text-sm text-stone-700">
              {t.currentAttachment} <span className="font-medium">{attachmentName}</span>
            </p>
          ) : null}
          <input
            id={`${id}-file`}
            name="attachment"
            type="file"
            accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={limit.onChange}
            aria-invalid={error("attachment") ? true : undefined}
            aria-describedby={fieldDescribedBy(`${id}-file`, { hint: t.attachmentHint, error: error("attachment") })}
            className="block w-full text-sm file:me-3 file:h-10 file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-3 file:text-sm"
          />
        </Field>
        {attachmentName ? (
          <div className="flex items-center gap-2">
            <input id={`${id}-remove`} name="removeAttachment" type="checkbox" className="size-5 accent-brand-700" />
            <label htmlFor={`${id}-remove`} className="text-sm text-stone-800">
              {t.removeAttachment}
            </label>
          </div>
        ) : null}
      </div>

      <div className="flex flex-wrap gap-2 border-t border-stone-200 pt-4">
        <button type="submit" name="intent" value="draft" disabled={pending} className={buttonClass("secondary", "md")}>
          {t.saveDraft}
        </button>
        <button type="submit" name="intent" value="submit" disabled={pending} className={buttonClass("primary", "md")}>
          {t.submit}
        </button>
      </div>
    </form>
  );
}
