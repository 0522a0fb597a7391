// A production server without a secret stops at once, with a message that says what to do.
if (process.env.NODE_ENV === "production" && !process.env.AUTH_SECRET) {
  console.error("AUTH_SECRET is not set: refusing to start. Use `npm start` for the demo, or set AUTH_SECRET (see README).");
  process.exit(1);
}
export {};
