// Reads the logs of the CI's test runs (`npm test`, the Vitest run with the clock moved, the
// PostgreSQL pass), given as LOG:EXIT_CODE, and prints the plain closing line "N passed, N failed".
// A run that failed before any test ran (type errors, lint, faketime missing) counts as one failure.
import { readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const arg of process.argv.slice(2)) {
  const [file, code] = arg.split(":");
  const failedBefore = failed;
  const text = readFileSync(file, "utf8").replace(/\x1b\[[0-9;]*m/g, "");
  for (const line of text.split("\n")) {
    const vitest = line.match(/^\s*Tests\s+(.*)\(\d+\)\s*$/);
    if (vitest) {
      passed += Number(vitest[1].match(/(\d+) passed/)?.[1] ?? 0);
      failed += Number(vitest[1].match(/(\d+) failed/)?.[1] ?? 0);
      skipped += Number(vitest[1].match(/(\d+) skipped/)?.[1] ?? 0);
      continue;
    }
    const playwright = line.match(/^\s{2}(\d+) (passed|failed|flaky|skipped|did not run)\b/);
    if (playwright) {
      const n = Number(playwright[1]);
      if (playwright[2] === "passed") passed += n;
      else if (playwright[2] === "skipped") skipped += n;
      else failed += n;
    }
  }
  if (Number(code) !== 0 && failed === failedBefore) failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
