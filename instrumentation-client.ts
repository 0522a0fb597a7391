import { config } from "zod";

// zod 4 compiles its object parsers with `new Function`, which the Content-Security-Policy
// forbids (no 'unsafe-eval'): the forms validate without it, before any of them loads
config({ jitless: true });
