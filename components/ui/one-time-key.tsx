"use client";

import { useEffect, useMemo, useRef } from "react";

// Apart from ./form.tsx, which re-exports it: a form without react-hook-form (the paper editor, a
// plain action form) takes the key without bringing react-hook-form (about 13 kB gzip) along.

// the field lib/action.ts reads (ONE_TIME_KEY_FIELD there; a client file cannot import it)
const ONE_TIME_KEY_FIELD = "_once";

function newOneTimeKey(): string {
  // getRandomValues, unlike randomUUID, exists outside secure contexts too (plain http on a LAN)
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The one-time key a form sends with its submission (lib/action.ts): made at the first submit and
 * kept until the server answers, so a double click or a retry creates one row; a new one after.
 * `state` is the form's last answer: each new answer starts a new key.
 */
export function useOneTimeKey(state: unknown) {
  const key = useRef<string | null>(null);
  useEffect(() => {
    key.current = null;
  }, [state]);
  return useMemo(
    () => ({
      /** The key of the submission under way, made at its first submit. */
      start: () => (key.current ??= newOneTimeKey()),
      current: () => key.current,
    }),
    [],
  );
}

/**
 * Sends the one-time key with every submission of the form it sits in: an ActionForm has one; a
 * plain `<form action>` or a form with its own useActionState places it with its last answer.
 * The key is added to the form's data as it is read (the `formdata` event), not written into the
 * hidden field: React sets a hidden field back to its rendered value on the next render, which
 * may come between the click and the reading. Without JavaScript the field is sent empty and the
 * form posts as before.
 */
export function OneTimeKeyField({ state }: { state: unknown }) {
  const oneTimeKey = useOneTimeKey(state);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    // listeners on the form itself run before React's (delegated to the root)
    const onSubmit = () => void oneTimeKey.start();
    const onFormData = (event: FormDataEvent) => {
      const key = oneTimeKey.current();
      if (key) event.formData.set(ONE_TIME_KEY_FIELD, key);
    };
    form.addEventListener("submit", onSubmit);
    form.addEventListener("formdata", onFormData);
    return () => {
      form.removeEventListener("submit", onSubmit);
      form.removeEventListener("formdata", onFormData);
    };
  }, [oneTimeKey]);
  return <input ref={ref} type="hidden" name={ONE_TIME_KEY_FIELD} defaultValue="" />;
}
