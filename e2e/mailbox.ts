import { readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import { messageText } from "../tests/smtp";

// the folder scripts/mail-sink.mjs writes the server's emails to (scripts/e2e-server.mjs)
const dir = path.join(os.tmpdir(), `party-e2e-mail-${process.env.E2E_PORT || 3100}`);

/**
 * The text of the newest email sent to this address (whose text matches `matching`, when given),
 * once it has arrived (the job queue sends it within seconds).
 */
export async function lastEmailTo(address: string, timeout = 30_000, matching?: RegExp): Promise<{ subject: string; text: string; head: string }> {
  let found: { subject: string; text: string; head: string } | null = null;
  await expect
    .poll(
      async () => {
        const names = (await readdir(dir).catch(() => [] as string[])).sort().reverse();
        for (const name of names) {
          const raw = await readFile(path.join(dir, name), "utf8");
          const head = raw.slice(0, raw.indexOf("\n\n")).replace(/\n[ \t]+/g, " ");
          if (!new RegExp(`^To:.*${address.replace(/[.+]/g, "\\$&")}`, "im").test(head)) continue;
          const subject = /^Subject:\s*(.*)$/im.exec(head)?.[1] ?? "";
          const text = messageText(plainPart(raw));
          if (matching && !matching.test(text)) continue;
          found = { subject, text, head };
          return true;
        }
        return false;
      },
      { timeout, intervals: [250, 500, 1000] },
    )
    .toBe(true);
  return found!;
}

/** The text/plain part of a message with attachments (an invitation's .ics), as a message of its own; the message itself otherwise. */
function plainPart(raw: string): string {
  const head = raw.slice(0, raw.indexOf("\n\n")).replace(/\n[ \t]+/g, " ");
  const boundary = /^content-type:\s*multipart\/[^;]+;.*boundary="?([^";]+)"?/im.exec(head)?.[1];
  if (!boundary) return raw;
  const part = raw.split(`--${boundary}`).find((p) => /^content-type:\s*text\/plain/im.test(p.slice(0, p.indexOf("\n\n"))));
  return part ? part.replace(/^\r?\n/, "") : raw;
}
