import type { MemberStatus } from "@/db/schema/people";
// The values the forms and the schemas share, without zod: a client component imports them from
// here, since importing anything from schemas.ts brings zod (about 28 kB gzip) into its page.

// Spelled out here, not imported from db/schema, so that the client form does not bundle the
// table definitions; `satisfies` keeps it within the column's values.
export const memberStatuses = ["active", "suspended", "resigned", "deceased"] as const satisfies readonly MemberStatus[];
export const genders = ["m", "f"] as const;
