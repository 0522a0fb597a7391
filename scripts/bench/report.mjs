// The benchmark's tables and its JSON files (bench-results/), and the comparison of two runs.
import { readFileSync } from "node:fs";

const ms = (v) => (v == null ? "—" : v < 10 ? v.toFixed(1) : String(Math.round(v)));
const ratio = (v) => (v == null || !Number.isFinite(v) ? "—" : v.toFixed(1));
const kb = (v) => (v == null ? "—" : (v / 1024).toFixed(1));

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** What the GETs of the run wrote in the app's tables (older runs did not look). */
function writesLine(run) {
  if (!run.writesOnGets) return "";
  return run.writesOnGets.length
    ? `Rows written while only pages were read: ${run.writesOnGets.map((w) => `${w.table} ${w.rows}`).join(", ")}.`
    : "No row written while only pages were read.";
}

/** One run's table: a page per line, one request alone, its latencies under load, throughput, errors, size and p95 over the signed-in floor's. */
export function runTable(run) {
  const rows = run.pages.map((p) => [p.name, p.role ?? "", ms(p.single), ms(p.p50), ms(p.p95), ms(p.p99), p.requests, p.rps, p.errors, kb(p.bytes), ratio(p.floorRatio)]);
  const head = ["page", "as", "alone ms", "p50 ms", "p95 ms", "p99 ms", "answers", "req/s", "errors", "KB", "p95/floor"];
  const memory = run.server ? `server memory after the run: VmRSS ${run.server.vmRssMb} MB, peak VmHWM ${run.server.vmHwmMb} MB` : "";
  return `${table(head, rows)}\n${memory}\n${writesLine(run)}`;
}

/** The p95 of each page at two scales of the same run (or two runs), and how many times slower. */
export function ratioTable(a, b, labels = ["1×", "10×"]) {
  const byName = new Map(b.pages.map((p) => [p.name, p]));
  const rows = a.pages.map((p) => {
    const q = byName.get(p.name);
    return [p.name, p.role ?? "", ms(p.p95), ms(q?.p95), ratio(q?.p95 != null && p.p95 ? q.p95 / p.p95 : null), ratio(p.floorRatio), ratio(q?.floorRatio)];
  });
  return table(["page", "as", `p95 ${labels[0]}`, `p95 ${labels[1]}`, `${labels[1]}/${labels[0]}`, `floor× ${labels[0]}`, `floor× ${labels[1]}`], rows);
}

/** `npm run bench -- --compare a.json b.json`: before and after, page by page. */
export function compareFiles(fileA, fileB) {
  const a = JSON.parse(readFileSync(fileA, "utf8"));
  const b = JSON.parse(readFileSync(fileB, "utf8"));
  console.log(`before: ${fileA} (${a.scale}, ${a.startedAt}, ${a.git})`);
  console.log(`after:  ${fileB} (${b.scale}, ${b.startedAt}, ${b.git})\n`);
  console.log(ratioTable(a, b, ["before", "after"]));
  const errors = b.pages.filter((p) => p.errors > 0);
  if (errors.length) console.log(`\nerrors after: ${errors.map((p) => `${p.name} ${p.errors}`).join(", ")}`);
}

/** `npm run bench -- --markdown run.json [run10x.json]`: the table for BENCHMARKS.md, with the 10×/1× ratio when two runs are given. */
export function markdownFiles(fileA, fileB) {
  const a = JSON.parse(readFileSync(fileA, "utf8"));
  const b = fileB ? JSON.parse(readFileSync(fileB, "utf8")) : null;
  const byName = new Map((b?.pages ?? []).map((p) => [p.name, p]));
  const head = ["page", "as", "alone ms", "p50 ms", "p95 ms", "p99 ms", "answers", "req/s", "errors", "HTML KB", "p95 / floor"];
  if (b) head.push(`alone ${b.scale} ms`, `p95 ${b.scale} ms`, `p95 / floor ${b.scale}`, `${b.scale}/${a.scale} p95`);
  const rows = a.pages.map((p) => {
    const cells = [p.name, p.role ?? "", ms(p.single), ms(p.p50), ms(p.p95), ms(p.p99), p.requests, p.rps, p.errors, kb(p.bytes), ratio(p.floorRatio)];
    if (b) {
      const q = byName.get(p.name);
      cells.push(ms(q?.single), ms(q?.p95), ratio(q?.floorRatio), ratio(q?.p95 != null && p.p95 ? q.p95 / p.p95 : null));
    }
    return cells;
  });
  const line = (cells) => `| ${cells.join(" | ")} |`;
  console.log([line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n"));
  for (const run of [a, b].filter(Boolean)) {
    console.log(`\n${run.scale}: server VmRSS ${run.server.vmRssMb} MB, peak VmHWM ${run.server.vmHwmMb} MB after the run; ${run.connections} connections, ${run.seconds} s per page. ${writesLine(run)}`);
  }
}
