// The production server: Next's request handler behind Node's own HTTP server, so that the app
// knows the address each request really comes from. `next start` keeps an X-Forwarded-For the
// client sent and only fills it in when it is missing, so the socket's address is lost exactly when
// someone forges the header. Here every request gets the socket's address in a header of our own,
// replacing any the client sent; lib/auth/client-address.ts reads it (or, behind TRUSTED_PROXIES
// trusted proxies, X-Forwarded-For). Used by `npm start`, `npm run serve` and the browser tests.
import { createServer } from "node:http";
import path from "node:path";

process.env.NODE_ENV = "production";
const { default: next } = await import("next");

// lib/auth/client-address.ts CLIENT_ADDRESS_HEADER
const CLIENT_ADDRESS_HEADER = "x-party-client-address";
const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT || 3000);
// every interface, as `next start` does (not $HOSTNAME, which shells set to the machine's name)
const app = next({ dev: false, dir: root, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  // the header is ours alone: whatever the client sent under its name is dropped, raw copy included
  for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (req.rawHeaders[i].toLowerCase() === CLIENT_ADDRESS_HEADER) req.rawHeaders.splice(i, 2);
  }
  req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  void handle(req, res);
});
server.listen(port, () => console.log(`▲ ready on http://localhost:${port}`));

// lib/shutdown.ts SHUTDOWN_HOOKS: what the app asked to finish before the process exits (the job
// queue's jobs in hand, lib/jobs/workers.ts, within its 8 s)
const SHUTDOWN_HOOKS = Symbol.for("party.shutdown-hooks");

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // connections kept alive by browsers do not hold the exit back for long
    setTimeout(() => process.exit(0), 10_000).unref();
    const hooks = [...(globalThis[SHUTDOWN_HOOKS] ?? [])];
    globalThis[SHUTDOWN_HOOKS]?.clear();
    const closed = new Promise((resolve) => server.close(resolve));
    // idle keep-alive connections would hold server.close() back until they time out
    server.closeIdleConnections();
    Promise.allSettled([closed, ...hooks.map((hook) => hook())]).then(() => process.exit(0));
  });
}
