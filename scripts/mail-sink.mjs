// A mailbox for the browser tests: an SMTP server on the loopback that accepts every message and
// writes it, as received, to a folder the tests read (e2e/mailbox.ts). Plain Node, no dependency.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

/** The folder of the browser tests' mailbox for the server on this port. */
export function mailDir(port) {
  return path.join(os.tmpdir(), `party-e2e-mail-${port}`);
}

/** Starts the mailbox, emptied; resolves with its port. */
export function startMailSink(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let count = 0;
  return new Promise((resolve) => {
    const server = createServer((socket) => {
      let data = false;
      let message = "";
      let pending = "";
      socket.write("220 localhost ESMTP\r\n");
      socket.on("data", (chunk) => {
        pending += chunk.toString("utf8");
        const lines = pending.split("\r\n");
        pending = lines.pop() ?? "";
        for (const line of lines) {
          if (data) {
            if (line === ".") {
              data = false;
              count += 1;
              writeFileSync(path.join(dir, `${String(Date.now()).padStart(15, "0")}-${String(count).padStart(5, "0")}.eml`), message);
              message = "";
              socket.write("250 OK\r\n");
            } else message += `${line}\n`;
            continue;
          }
          const command = line.slice(0, 4).toUpperCase();
          if (!line) continue;
          if (command === "EHLO" || command === "HELO") socket.write("250 localhost\r\n");
          else if (command === "DATA") {
            data = true;
            socket.write("354 go on\r\n");
          } else if (command === "QUIT") socket.end("221 bye\r\n");
          else socket.write("250 OK\r\n");
        }
      });
      socket.on("error", () => {});
    });
    server.unref();
    server.listen(0, "127.0.0.1", () => resolve(server.address().port));
  });
}
