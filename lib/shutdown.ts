import "server-only";

/**
 * What a server does before its process exits on SIGTERM or SIGINT: the production server
 * (scripts/server.mjs) runs these hooks after it stops taking requests, and waits for them (up to
 * its own limit). They live on globalThis under a registered symbol because that script is not part
 * of the app's bundle but shares its process.
 */
export const SHUTDOWN_HOOKS = Symbol.for("party.shutdown-hooks");

type Hook = () => Promise<void>;

function hooks(): Set<Hook> {
  const global = globalThis as { [SHUTDOWN_HOOKS]?: Set<Hook> };
  return (global[SHUTDOWN_HOOKS] ??= new Set());
}

/** Runs `hook` before the process exits; the returned function takes it back. */
export function onShutdown(hook: Hook): () => void {
  hooks().add(hook);
  return () => hooks().delete(hook);
}
