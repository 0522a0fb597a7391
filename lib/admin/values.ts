import type { Role } from "@/db/schema";
// The values the forms and the schemas share, without zod: a client component imports them from
// here, since importing anything from schemas.ts brings zod (about 28 kB gzip) into its page.

// The roles again, not imported from db/schema: this file is bundled into the browser's forms.
export const userRoles = ["admin", "bureau", "officer", "member"] as const satisfies readonly Role[];
