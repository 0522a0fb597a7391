import { notFound } from "next/navigation";

/**
 * The benchmark's floor (scripts/bench.mjs): the signed-in shell and nothing else, so that the
 * cost of reading the session and rendering the layout is measured in the same run as the pages.
 * Not found unless the server runs with BENCH_FLOOR=1.
 */
export default function FloorPage() {
  if (process.env.BENCH_FLOOR !== "1") notFound();
  return null;
}
