// Load runs with autocannon's programmatic API; latencies are kept per response so that p95 is
// read exactly (autocannon's own summary has p97.5, not p95).
import autocannon from "autocannon";

export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

function summary(result, times, extraErrors = 0) {
  const sorted = Float64Array.from(times).sort();
  const seconds = result.duration || 1;
  return {
    requests: result.requests.total,
    rps: Math.round((result.requests.total / seconds) * 10) / 10,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    // every answer that is not a 2xx, plus socket errors and timeouts, plus refused saves
    errors: result.non2xx + result.errors + result.timeouts + extraErrors,

  };
}

function run(options) {
  const times = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve({ result, times })));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

/** GETs `path` on `connections` connections for `seconds`. */
export async function loadPage({ base, path, cookie, connections, seconds }) {
  const { result, times } = await run({
    url: `${base}${path}`,
    connections,
    duration: seconds,
    headers: cookie ? { cookie } : {},
  });
  return summary(result, times);
}

/**
 * The report editor's autosave: each connection saves its own draft again and again, as an officer
 * typing does, through the route the editor posts to (…/save), carrying the version the last save
 * answered. A save the app refuses (a conflict, a locked report) counts as an error.
 */
export async function loadAutosave({ base, slots, connections, seconds }) {
  // autocannon starts each request on a fresh context, so a report is lent to one request at a
  // time from this pool and given back with the version its save answered
  const free = [...slots];
  let refused = 0;
  const { result, times } = await run({
    url: base,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        setupRequest(request, context) {
          const slot = free.shift() ?? slots[Math.floor(Math.random() * slots.length)];
          context.slot = slot;
          slot.n = (slot.n ?? 0) + 1;
          return {
            ...request,
            path: slot.path,
            headers: { ...request.headers, cookie: slot.cookie, "content-type": "application/json", "sec-fetch-site": "same-origin" },
            body: JSON.stringify({ baseVersion: slot.version, attendance: 10 + (slot.n % 50), answers: {} }),
          };
        },
        onResponse(status, body, context) {
          const slot = context.slot;
          if (!slot) return;
          context.slot = null;
          if (!free.includes(slot)) free.push(slot);
          if (status !== 200) return;
          try {
            const answer = JSON.parse(body);
            if (answer.ok && answer.result?.version) slot.version = answer.result.version;
            else {
              refused++;
              if (process.env.BENCH_VERBOSE) console.log(`  refused save on ${slot.path}: ${answer.message ?? ""}`);
              if (answer.conflict?.version) slot.version = answer.conflict.version;
            }
          } catch {
            refused++;
            if (process.env.BENCH_VERBOSE) console.log(`  unreadable answer on ${slot.path}: ${String(body).slice(0, 200)}`);
          }
        },
      },
    ],
  });
  return summary(result, times, refused);
}
