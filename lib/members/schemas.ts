import type { MemberStatus } from "@/db/schema/people";
import { v, z } from "@/lib/validation";
import { memberStatuses, genders } from "./values";

export { memberStatuses, genders };


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
/** `version`: the member's version when the form loaded it (lib/concurrency.ts). */
export const updateMemberSchema = z.object({ id: v.id(), version: v.id(), ...memberFields });
/** The form checks both in the browser: `id` and `version` are there when it edits, absent when it creates. */
export const memberFormSchema = z.object({ id: v.optionalId(), version: v.optionalId(), ...memberFields });

export type MemberFormValues = z.input<typeof memberFormSchema>;

interface MemberRecord {
  id: number;
  version: number;
  fullNameAr: string;
  fullNameLatin: string | null;
  memberNumber: string;
  phone: string | null;
  email: string | null;
  gender: string | null;
  provinceId: number;
  branchId: number;
  status: MemberStatus;
  joinedOn: string | null;
}

/** A member as the edit form holds it: what the page loads, and what a stale save shows beside the form. */
export function memberFormValues(member: MemberRecord) {
  return {
    id: String(member.id),
    version: String(member.version),
    fullNameAr: member.fullNameAr,
    fullNameLatin: member.fullNameLatin ?? "",
    memberNumber: member.memberNumber,
    phone: member.phone ?? "",
    email: member.email ?? "",
    gender: member.gender ?? "",
    provinceId: String(member.provinceId),
    branchId: String(member.branchId),
    status: member.status,
    joinedOn: member.joinedOn ?? "",
  } satisfies MemberFormValues;
}
