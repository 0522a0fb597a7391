import { notFound } from "next/navigation";
import { toId } from "@/lib/validation";

/**
 * A route's id segment ([id], [sessionId], [paperId]…) as a number, or the page's 404 when it
 * cannot name a record: "abc", "1.5", "-1", "0", "1e3", 2147483648 and larger (lib/validation.ts
 * toId) never reach a query, where PostgreSQL would refuse them with an error (22003, 22P02).
 */
export function parseId(value: string | string[] | undefined): number {
  const id = toId(value);
  if (id === null) notFound();
  return id;
}

/** A route handler's id segment, or null: the handler answers its own short 404 (`notFoundResponse`). */
export function idOrNull(value: string | string[] | undefined): number | null {
  return toId(value);
}

/** The short 404 of a route handler: no HTML page for a file, a feed or an API. */
export function notFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
