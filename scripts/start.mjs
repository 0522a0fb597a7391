// `npm start`: installs what is missing, migrates and (on an empty database) seeds the embedded
// database, builds when the sources changed, and serves the app on http://localhost:$PORT (3000).
import { developmentSecret, ensureBuilt, ensureInstalled, run, serverArgs, start } from "./lib.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureInstalled();
const env = { AUTH_SECRET: process.env.AUTH_SECRET || developmentSecret(), AUTH_TRUST_HOST: "true" };
console.log(`→ database: ${process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite in .data/pglite"}`);
run("npx", ["tsx", "--conditions=react-server", "db/seed/index.ts", "--migrate", "--if-empty"]);
ensureBuilt();
const port = process.env.PORT || "3000";
console.log(`→ serving on http://localhost:${port}`);
start("node", serverArgs(), { ...env, PORT: port });
