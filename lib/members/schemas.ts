import type { MemberStatus } from "@/db/schema/people";
import { v, z } from "@/lib/validation";

// Spelled out here, not imported from db/schema, so that the client form does not bundle the
// table definitions; `satisfies` keeps it within the column's values.
export const memberStatuses = ["active", "suspended", "resigned", "deceased"] as const satisfies readonly MemberStatus[];

export const genders = ["m", "f"] as const;
/** The national organs the directory filters by (organs.code). */
export const organFilters = ["central_committee", "political_bureau"] as const;
export type OrganFilter = (typeof organFilters)[number];

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const memberFields = {
  fullNameAr: v.text(200),
  fullNameLatin: v.optionalText(200),
  memberNumber: v.text(40),
  phone: v.phone(),
  email: v.optionalEmail(),
  gender: z.preprocess(blankToUndefined, z.enum(genders).optional()).transform((g) => g ?? null),
  // only narrows the branch list in the form: the branch decides where the member belongs
  provinceId: v.optionalId(),
  branchId: v.id(),
  status: z.enum(memberStatuses),
  joinedOn: v.optionalDate(),
};

export const createMemberSchema = z.object(memberFields);
export const updateMemberSchema = z.object({ id: v.id(), ...memberFields });
/** The form checks both in the browser: `id` is there when it edits, absent when it creates. */
export const memberFormSchema = z.object({ id: v.optionalId(), ...memberFields });

export type MemberFormValues = z.input<typeof memberFormSchema>;
