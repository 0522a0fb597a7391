import type { PaperStatus } from "@/db/schema/sessions";

// The values the forms and the schemas share, without zod: a client component imports them from
// here, since importing anything from schemas.ts brings zod (about 28 kB gzip) into its page.

// Spelled out here so that client components do not bundle the table definitions.
export const paperStatuses = ["assigned", "draft", "submitted", "returned", "approved"] as const satisfies readonly PaperStatus[];

/** Assignees may write while the paper is theirs: not while the Bureau reads it, nor once approved. */
export const editableStatuses: readonly PaperStatus[] = ["assigned", "draft", "returned"];

export const MAX_BODY_CHARS = 100_000;
