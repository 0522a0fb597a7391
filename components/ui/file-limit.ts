"use client";

import { useState, type ChangeEvent } from "react";

/**
 * Refuses a file over `maxBytes` as it is chosen, before anything is sent: the choice is cleared and
 * `message` (the sentence the server answers for it) shown under the field until another is chosen.
 * The server checks the size again; this only spares a long upload that would be refused.
 */
export function useFileSizeLimit(maxBytes: number, message: string) {
  const [error, setError] = useState<string | null>(null);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const tooLarge = Array.from(input.files ?? []).some((file) => file.size > maxBytes);
    if (tooLarge) input.value = "";
    setError(tooLarge ? message : null);
  };
  return { error, onChange };
}
