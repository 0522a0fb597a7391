import { readdirSync } from "node:fs";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import serverActionsAreMutations from "./eslint-rules/server-actions-are-mutations.mjs";

// the areas of lib/: every folder in it (auth, reports, rooting, i18n ...)
const libAreas = readdirSync(new URL("./lib", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const restrict = (paths, patterns) => ["error", { paths, patterns }];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] } },
  // Playwright fixtures take a `use` callback that is not React's hook
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },

  // The boundaries of the layout (README, "Architecture"): data flows page → lib → db, never back up.
  {
    // routes read through lib/<area>/queries; a type of the schema is fine
    files: ["app/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(
        [{ name: "@/db", message: "A route reads through lib/<area>/queries, never the database.", allowTypeImports: true }],
        [{ group: ["@/db/*"], message: "A route reads through lib/<area>/queries, never the database.", allowTypeImports: true }],
      ),
    },
  },
  {
    // primitives carry no data and no domain: no area of lib/, no database (lib/i18n included: ui takes its words as props)
    files: ["components/ui/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(
        [{ name: "@/db", message: "components/ui holds primitives only: no data." }],
        [
          { group: ["@/db/*"], message: "components/ui holds primitives only: no data." },
          { group: libAreas.flatMap((area) => [`@/lib/${area}`, `@/lib/${area}/*`]), message: "components/ui holds primitives only: no area of lib/." },
        ],
      ),
    },
  },
  {
    // the schema, client, migrations and seed stand on their own (the seed hashes with @node-rs/argon2 directly)
    files: ["db/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(
        [],
        [{ group: ["@/lib", "@/lib/*", "@/components", "@/components/*", "@/app", "@/app/*"], message: "Nothing in db/ imports from lib/, components/ or app/." }],
      ),
    },
  },
  {
    // one exception: the demo's invitations go through the app's own core (lib/sessions/invitations.ts),
    // so that the seeded rows, notices and emails are the ones convening a session makes
    files: ["db/seed/invitations.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(
        [],
        [
          { regex: "^@/lib(/(?!sessions/invitations$).*)?$", message: "Nothing in db/ imports from lib/, components/ or app/." },
          { group: ["@/components", "@/components/*", "@/app", "@/app/*"], message: "Nothing in db/ imports from lib/, components/ or app/." },
        ],
      ),
    },
  },
  {
    plugins: { local: { rules: { "server-actions-are-mutations": serverActionsAreMutations } } },
    files: ["lib/**/*.ts", "app/**/*.ts", "app/**/*.tsx"],
    rules: {
      "local/server-actions-are-mutations": [
        "error",
        {
          exceptions: {
            // signing in precedes any user, so no mutation() can run: Auth.js's signIn does the work
            // (throttled and audited in lib/auth/authenticate.ts); signing out revokes the session
            // row and audits it in its own transaction before Auth.js's signOut; the language is a
            // cookie of the browser and writes nothing
            "lib/auth/actions.ts": ["login", "logout", "setLocale"],
            // a forgotten password is asked for and set signed out: no user for mutation(); each
            // checks its input as mutation() does, writes in one transaction with its audit row,
            // and runs its effects (the email's job, the throttle's reset) after the commit
            "lib/auth/password-reset-actions.ts": ["requestPasswordReset", "setPasswordFromLink"],
            // an email's unsubscribe button is pressed signed out: the signed token is the key; it
            // is checked before anything is read, and the change is written with its audit row in
            // one transaction (lib/notifications/unsubscribe.ts), with no effect to run after it
            "lib/notifications/preference-actions.ts": ["unsubscribeFromLink"],
          },
        },
      ],
    },
  },
  globalIgnores([".next/**", ".next-*/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "db/migrations/**"]),
]);
