/**
 * A VTIMEZONE block for an IANA zone, read from the runtime's own zone rules over the years the
 * events span. Morocco leaves UTC+1 for UTC+0 during Ramadan, on dates that move every year, so no
 * fixed rule describes it: each change is written out as its own observance.
 */
const DAY = 24 * 3600 * 1000;

// One formatter per zone for the life of the process: making one costs far more than using it,
// and a feed asks for the offset of every day of the years it spans.
const wallClocks = new Map<string, Intl.DateTimeFormat>();
function wallClock(zone: string): Intl.DateTimeFormat {
  let f = wallClocks.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
    wallClocks.set(zone, f);
  }
  return f;
}

function offsetMinutes(instant: number, zone: string): number {
  const parts = wallClock(zone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((wall - Math.floor(instant / 60000) * 60000) / 60000);
}

const pad = (n: number) => String(n).padStart(2, "0");
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}
function tzName(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${abs % 60 ? pad(abs % 60) : ""}`;
}
/** The wall-clock time, in the offset in force before the change, as iCalendar writes it. */
function localStamp(instant: number, offset: number): string {
  const d = new Date(instant + offset * 60000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** The instants, within [start, end), at which the zone's offset changes, to the minute. */
export function offsetChanges(zone: string, start: number, end: number): { at: number; from: number; to: number }[] {
  const changes: { at: number; from: number; to: number }[] = [];
  let previous = offsetMinutes(start, zone);
  for (let t = start; t < end; t += DAY) {
    const next = offsetMinutes(Math.min(t + DAY, end), zone);
    if (next === previous) continue;
    let lo = t;
    let hi = Math.min(t + DAY, end);
    while (hi - lo > 60000) {
      const mid = Math.floor((lo + hi) / 2 / 60000) * 60000;
      if (offsetMinutes(mid, zone) === previous) lo = mid;
      else hi = mid;
    }
    changes.push({ at: hi, from: previous, to: next });
    previous = next;
  }
  return changes;
}

// The zone's rules do not change while the process runs: each (zone, years) block is built once.
const blocks = new Map<string, string>();

export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const key = `${zone}|${fromYear}|${toYear}`;
  let block = blocks.get(key);
  if (block === undefined) {
    block = buildVtimezone(zone, fromYear, toYear);
    // a bounded cache: the keys are years a feed spans, a handful in practice
    if (blocks.size >= 64) blocks.delete(blocks.keys().next().value!);
    blocks.set(key, block);
  }
  return block;
}

function buildVtimezone(zone: string, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const initial = offsetMinutes(start, zone);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  const observance = (at: number, from: number, to: number) => {
    // a step back (Morocco's Ramadan hour) is written as STANDARD, a step forward as DAYLIGHT
    const kind = to > from ? "DAYLIGHT" : "STANDARD";
    lines.push(`BEGIN:${kind}`, `DTSTART:${localStamp(at, from)}`, `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`, `TZNAME:${tzName(to)}`, `END:${kind}`);
  };
  observance(start, initial, initial);
  for (const change of offsetChanges(zone, start, end)) observance(change.at, change.from, change.to);
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}
