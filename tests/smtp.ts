import type { Server } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * An SMTP server on the loopback (nodemailer's smtp-server) that accepts every message, for the
 * delivery tests: each message is kept as received, its lines ending in \n. `refuse` makes it answer
 * the next messages with a temporary failure (451) instead, the way a busy or greylisting server
 * does; its answer names the recipient, as real servers' answers do.
 */
export function fakeSmtp(received: string[], options: { refuse?: number } = {}): Promise<{ server: Server; port: number; refuse: (count: number) => void }> {
  let refusing = options.refuse ?? 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refusing > 0) {
          refusing -= 1;
          const busy = Object.assign(new Error(`Mailbox ${session.envelope.rcptTo[0]?.address ?? ""} busy, try again later`), { responseCode: 451 });
          return callback(busy);
        }
        received.push(Buffer.concat(chunks).toString("utf8").replace(/\r\n/g, "\n"));
        callback();
      });
    },
  });
  return new Promise((resolve) => {
    smtp.listen(0, "127.0.0.1", () => resolve({ server: smtp.server, port: (smtp.server.address() as { port: number }).port, refuse: (count) => void (refusing = count) }));
  });
}

/** The text of a message as it was received (one part, base64 or quoted-printable, as nodemailer writes it). */
export function messageText(raw: string): string {
  const split = raw.indexOf("\n\n");
  const head = raw.slice(0, split).replace(/\n[ \t]+/g, " ");
  const body = raw.slice(split + 2);
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8").trim();
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8").trim();
  }
  return body.trim();
}
