// An S3-compatible server over a folder, for the tests (s3rver). Run with --openssl-legacy-provider:
// s3rver makes its listing continuation tokens with DES, which OpenSSL 3 keeps in its legacy provider.
// Usage: node --openssl-legacy-provider scripts/s3-test-server.mjs <folder> <bucket> [port]
// Prints one JSON line {"port":…} once it listens; stops on SIGTERM or when its parent goes away.
import S3rver from "s3rver";

const [directory, bucket, port = "0"] = process.argv.slice(2);
const server = new S3rver({ address: "127.0.0.1", port: Number(port), silent: true, directory, configureBuckets: [{ name: bucket }] });
const address = await server.run();
process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
const stop = () => server.close().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.stdin.on("end", stop).resume();
