/**
 * The one place the app reads the time. Everything that asks "what time is it" calls `now()`, so a
 * test, a demo or a check run with the clock moved can fix it: `APP_NOW=2026-12-02T09:00:00Z`
 * freezes it for the whole process (the Vitest suite runs that way, see vitest.config.ts).
 */
export function now(): Date {
  const fixed = process.env.APP_NOW;
  if (fixed) {
    const at = new Date(fixed);
    if (!Number.isNaN(at.getTime())) return at;
  }
  return new Date();
}
