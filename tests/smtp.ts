import { createServer, type Server } from "node:net";

/**
 * A minimal SMTP server on the loopback that accepts every message, for the delivery tests.
 * `refuse` makes it answer the next messages with a temporary failure (451) instead, the way a
 * busy or greylisting server does; its answer names the recipient, as real servers' answers do.
 */
export function fakeSmtp(received: string[], options: { refuse?: number } = {}): Promise<{ server: Server; port: number; refuse: (count: number) => void }> {
  let refusing = options.refuse ?? 0;
  return new Promise((resolve) => {
    const server = createServer((socket) => {
      let recipient = "";
      let data = false;
      let message = "";
      socket.write("220 localhost ESMTP\r\n");
      socket.on("data", (chunk) => {
        for (const line of chunk.toString("utf8").split("\r\n")) {
          if (data) {
            if (line === ".") {
              data = false;
              if (refusing > 0) {
                refusing -= 1;
                socket.write(`451 4.3.0 Mailbox ${recipient} busy, try again later\r\n`);
              } else {
                received.push(message);
                socket.write("250 OK\r\n");
              }
              message = "";
            } else message += `${line}\n`;
            continue;
          }
          const command = line.slice(0, 4).toUpperCase();
          if (!line) continue;
          if (command === "EHLO" || command === "HELO") socket.write("250 localhost\r\n");
          else if (command === "DATA") {
            data = true;
            socket.write("354 go on\r\n");
          } else if (command === "RCPT") {
            recipient = line.replace(/^RCPT TO:\s*/i, "");
            socket.write("250 OK\r\n");
          } else if (command === "QUIT") socket.end("221 bye\r\n");
          else socket.write("250 OK\r\n");
        }
      });
    });
    server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as { port: number }).port, refuse: (count) => void (refusing = count) }));
  });
}

/** The text of a message as the fake server received it (one part, base64 or quoted-printable, as nodemailer writes it). */
export function messageText(raw: string): string {
  const split = raw.indexOf("\n\n");
  const head = raw.slice(0, split).replace(/\n[ \t]+/g, " ");
  const body = raw.slice(split + 2).replace(/^\.\./gm, ".");
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8").trim();
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8").trim();
  }
  return body.trim();
}
