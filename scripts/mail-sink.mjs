// A mailbox for the browser tests: an SMTP server on the loopback (nodemailer's smtp-server) that
// accepts every message and writes it, as received, to a folder the tests read (e2e/mailbox.ts).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";

/** The folder of the browser tests' mailbox for the server on this port. */
export function mailDir(port) {
  return path.join(os.tmpdir(), `party-e2e-mail-${port}`);
}

/** Starts the mailbox, emptied; resolves with its port. */
export function startMailSink(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on("data", (chunk) => chunks.push(chunk));
      stream.on("end", () => {
        count += 1;
        const message = Buffer.concat(chunks).toString("utf8").replace(/\r\n/g, "\n");
        writeFileSync(path.join(dir, `${String(Date.now()).padStart(15, "0")}-${String(count).padStart(5, "0")}.eml`), message);
        callback();
      });
    },
  });
  server.on("error", () => {});
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      server.server.unref();
      resolve(server.server.address().port);
    });
  });
}
