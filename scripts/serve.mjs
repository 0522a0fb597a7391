// `npm run serve`: the production start. It never invents a secret: several instances behind a
// load balancer must share one AUTH_SECRET and one DATABASE_URL.
import { run, serverArgs, start } from "./lib.mjs";

if (!process.env.AUTH_SECRET) {
  console.error("AUTH_SECRET is not set. Generate one (openssl rand -base64 32) and give the same value to every instance.");
  process.exit(1);
}
process.env.NEXT_TELEMETRY_DISABLED = "1";
run("npx", ["tsx", "db/migrate.ts"]);
start("node", serverArgs());
