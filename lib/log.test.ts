import { DrizzleQueryError } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { errorFields, redactConsole, redactText, safeError } from "./log";

const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";

/** A failed insert as Drizzle throws it: the query, its parameters in the message and as a property, the driver's error as cause. */
function failedQuery() {
  const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
    code: "23505",
    detail: "Key (email)=(fatima@example.ma) already exists.",
  });
  return new DrizzleQueryError('insert into "users" ("email", "password_hash") values ($1, $2)', ["fatima@example.ma", HASH], cause);
}

describe("log redaction", () => {
  it("errorFields keeps the kind and the first line of the driver's message", () => {
    expect(errorFields(failedQuery())).toEqual({ name: "Error", code: "23505", message: 'duplicate key value violates unique constraint "users_email_unique"' });
  });

  it("safeError drops the parameters, the detail and the cause, and keeps the stack frames", () => {
    const safe = safeError(failedQuery());
    const printed = JSON.stringify({ ...safe, message: safe.message, stack: safe.stack, cause: safe.cause });
    expect(printed).not.toContain(HASH);
    expect(printed).not.toContain("fatima@example.ma");
    expect(printed).not.toContain("params");
    expect(safe.stack).toMatch(/\n\s+at /);
    expect((safe as { code?: string }).code).toBe("23505");
  });

  it("redactText cuts the parameters of a query printed as text", () => {
    expect(redactText(`Failed query: select 1 where email = $1\nparams: fatima@example.ma,${HASH}`)).toBe("Failed query: select 1 where email = $1\nparams: [redacted]");
  });

  it("console.error prints no parameter once redacted, whatever it is given", async () => {
    const lines: string[] = [];
    const { inspect } = await import("node:util");
    const target = { error: (...args: unknown[]) => lines.push(args.map((a) => (typeof a === "string" ? a : inspect(a, { depth: 5 }))).join(" ")), warn: () => {} } as unknown as Console;
    redactConsole(target);
    redactConsole(target); // once only: wrapping twice would change nothing either
    const error = failedQuery();
    target.error(error);
    target.error("⨯", error, `while rendering: ${error.message}`);
    target.error(Object.assign(new Error(`Failed query: update users set password_hash = $1\nparams: ${HASH}`), { digest: "1234" }));
    const printed = lines.join("\n");
    expect(lines).toHaveLength(3);
    expect(printed).not.toContain(HASH);
    expect(printed).not.toContain("fatima@example.ma");
    expect(printed).toContain("users_email_unique");
    expect(printed).toContain("1234");
  });
});
