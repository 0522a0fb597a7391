import { createServer, type Server } from "node:net";

/** A minimal SMTP server on the loopback that accepts every message, for the delivery test. */
export function fakeSmtp(received: string[]): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer((socket) => {
      let data = false;
      let message = "";
      socket.write("220 localhost ESMTP\r\n");
      socket.on("data", (chunk) => {
        for (const line of chunk.toString("utf8").split("\r\n")) {
          if (data) {
            if (line === ".") {
              data = false;
              received.push(message);
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
    });
    server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as { port: number }).port }));
  });
}
