import "server-only";
import pino from "pino";

/**
 * The server's one logger: JSON lines on stdout. It never carries a request's parameters: errors
 * are logged by name, code and the first line of their message (a failed query's message ends with
 * its parameters — names, phones, password hashes — which `errorFields` cuts off), and any field
 * that could hold a secret or personal data is redacted by path as a second guard.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: undefined,
  redact: {
    paths: ["password", "*.password", "*.passwordHash", "*.params", "*.values", "*.input", "*.detail", "*.email", "*.phone", "headers.cookie"],
    censor: "[redacted]",
  },
});

/** What of an error may be logged: its kind and code, and its message up to the first line or "params:". */
export function errorFields(error: unknown): { name: string; code?: string; message: string } {
  const e = error as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e?.code ?? e?.cause?.code;
  // a driver error wrapped by Drizzle: its own message is the failed query with its parameters
  const raw = e?.cause?.message && /^Failed query/.test(e?.message ?? "") ? e.cause.message : (e?.message ?? String(error));
  const message = raw.split(/\n|params:/)[0].slice(0, 300);
  return { name: e?.name ?? "Error", ...(code ? { code: String(code) } : {}), message };
}
