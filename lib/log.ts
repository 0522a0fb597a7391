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

/** A text with the parameters of a failed query cut off: "…params: 1,ali@x.ma" → "…params: [redacted]". */
export function redactText(text: string): string {
  return text.replace(/params: [^\n]*/g, "params: [redacted]");
}

/**
 * An error as it may be printed: name, code, digest and stack frames kept; the message cut where a
 * failed query lists its parameters; the query's `params`, the driver's `detail` ("Key (email)=(…)")
 * and the rest of the cause dropped. What Next prints with console.error goes through this.
 */
export function safeError(error: Error): Error {
  const { name, code, message } = errorFields(error);
  const safe = new Error(message);
  safe.name = name;
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  safe.stack = [`${name}: ${message}`, ...frames].join("\n");
  const extra = safe as Error & { code?: string; digest?: string };
  if (code) extra.code = code;
  const digest = (error as { digest?: unknown }).digest;
  if (typeof digest === "string") extra.digest = digest;
  return safe;
}

function redactArgument(arg: unknown): unknown {
  if (arg instanceof Error) return safeError(arg);
  if (typeof arg === "string") return redactText(arg);
  return arg;
}

const ROUTED = Symbol.for("party-life.console-redacted");

/**
 * Sends console.error and console.warn (where Next reports an uncaught page, route or action error)
 * through the redaction above, once per process: no log line carries a query's parameters.
 */
export function redactConsole(target: Console = console): void {
  const marked = target as Console & { [ROUTED]?: boolean };
  if (marked[ROUTED]) return;
  marked[ROUTED] = true;
  for (const level of ["error", "warn"] as const) {
    const original = target[level].bind(target);
    target[level] = (...args: unknown[]) => original(...args.map(redactArgument));
  }
}
