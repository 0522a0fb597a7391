/**
 * The layout's boundaries are ESLint rules (eslint.config.mjs): small files at the guarded paths
 * are linted through ESLint's Node API, and each crossing is an error while a clean file has none.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const cwd = path.resolve(import.meta.dirname, "..");
const eslint = new ESLint({ cwd });

/** The rule ids of the errors ESLint reports for `code` as if it were the file at `filePath`. */
async function errorsOf(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(cwd, filePath) });
  return result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

const restricted = "@typescript-eslint/no-restricted-imports";
const serverActions = "local/server-actions-are-mutations";

describe("app/ does not read the database", () => {
  it("refuses @/db and @/db/* in a page or route", async () => {
    expect(await errorsOf("app/(app)/example/page.tsx", 'import { db } from "@/db";\nexport default function Page() { return String(db); }\n')).toEqual([
      expect.stringContaining(restricted),
    ]);
    expect(await errorsOf("app/api/example/route.ts", 'import { users } from "@/db/schema";\nexport const GET = () => Response.json(String(users));\n')).toEqual([
      expect.stringContaining(restricted),
    ]);
  });

  it("allows a type of the schema, and lib/", async () => {
    const code = 'import type { Role } from "@/db/schema";\nimport { can } from "@/lib/permissions";\nexport const role: Role = "admin";\nexport const x = can;\n';
    expect(await errorsOf("app/(app)/example/page.tsx", code)).toEqual([]);
  });
});

describe("components/ui holds primitives only", () => {
  it("refuses an area of lib/ and the database", async () => {
    for (const source of ["@/lib/reports/queries", "@/lib/i18n", "@/lib/auth/current-user", "@/db", "@/db/schema"]) {
      const errors = await errorsOf("components/ui/example.tsx", `import { x } from "${source}";\nexport const y = x;\n`);
      expect(errors, source).toEqual([expect.stringContaining(restricted)]);
    }
  });

  it("allows other primitives and libraries", async () => {
    const code = 'import { Button } from "@/components/ui/button";\nimport { z } from "zod";\nexport const a = [Button, z];\n';
    expect(await errorsOf("components/ui/example.tsx", code)).toEqual([]);
  });
});

describe("db/ imports nothing above it", () => {
  it("refuses lib/, components/ and app/", async () => {
    for (const source of ["@/lib/clock", "@/lib/auth/password", "@/components/ui/button", "@/app/layout"]) {
      const errors = await errorsOf("db/seed/example.ts", `import { x } from "${source}";\nexport const y = x;\n`);
      expect(errors, source).toEqual([expect.stringContaining(restricted)]);
    }
  });

  it("allows its own files and libraries", async () => {
    const code = 'import { hash } from "@node-rs/argon2";\nimport { users } from "@/db/schema";\nexport const a = [hash, users];\n';
    expect(await errorsOf("db/seed/example.ts", code)).toEqual([]);
  });
});

describe('a "use server" file exports only mutations', () => {
  const file = "lib/example/actions.ts";
  const header = '"use server";\nimport { z } from "zod";\nimport { mutation } from "@/lib/action";\n';
  const definition = '{ schema: z.object({}), permission: "member.manage", run: async () => ({ audit: { action: "x", entity: "x", summary: "x" } }) }';

  it("refuses an action that writes without mutation(), and a value that is not an async function", async () => {
    const bare = `${header}export async function save(formData: FormData) {\n  return String(formData.get("x")) + String(z);\n}\nexport const m = mutation;\n`;
    const errors = await errorsOf(file, bare);
    expect(errors).toEqual([expect.stringContaining(serverActions), expect.stringContaining(serverActions)]);
    expect(errors[0]).toContain('"save"');
    expect(errors[1]).toContain('"m"');
    expect(await errorsOf(file, `${header}export function sync() { return mutation; }\nexport const n = z;\n`)).toHaveLength(2);
  });

  it("allows mutation({...}), a factory of mutations, and an async function calling one; types too", async () => {
    const code = `${header}export const save = mutation(${definition});
function setActive(active: boolean) {
  return mutation({ ...${definition}, permission: active ? "member.manage" : "member.manage" });
}
export const activate = setActive(true);
export async function either(prev: null, formData: FormData) {
  return formData.get("a") ? save(prev, formData) : activate(prev, formData);
}
export type Saved = Awaited<ReturnType<typeof save>>;
`;
    expect(await errorsOf(file, code)).toEqual([]);
  });

  it("keeps its listed exceptions, and only those", async () => {
    const code = '"use server";\nexport async function login() {}\nexport async function another() {}\n';
    const errors = await errorsOf("lib/auth/actions.ts", code);
    expect(errors).toEqual([expect.stringContaining('"another"')]);
  });

  it("leaves files without the directive alone", async () => {
    expect(await errorsOf("lib/example/queries.ts", 'import "server-only";\nexport function read() { return 1; }\n')).toEqual([]);
  });
});
