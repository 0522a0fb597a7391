"use server";

import { and, eq, ne } from "drizzle-orm";
import type { Transaction } from "@/db";
import { branches, members } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import { claimVersion } from "@/lib/concurrency";
import { both, territoryOfBranch } from "@/lib/territory/scope";
import { createMemberSchema, memberFormValues, updateMemberSchema } from "./schemas";
import * as clock from "@/lib/clock";

/** A member number belongs to one member: refused under its field, before the unique index would. */
async function refuseTakenNumber(tx: Transaction, memberNumber: string, exceptId?: number) {
  const [taken] = await tx
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.memberNumber, memberNumber), exceptId ? ne(members.id, exceptId) : undefined))
    .limit(1);
  if (taken) throw new ActionError("duplicate", "memberNumber");
}

type MemberInput = Omit<typeof createMemberSchema._output, "provinceId">;

/** The member as their edit form shows them now, with their branch named (it may be outside the form's list). */
async function memberAsForm(tx: Transaction, member: typeof members.$inferSelect) {
  const [branch] = await tx
    .select({ provinceId: branches.provinceId, nameAr: branches.nameAr })
    .from(branches)
    .where(eq(branches.id, member.branchId))
    .limit(1);
  return { ...memberFormValues({ ...member, provinceId: branch.provinceId }), $labels: { [`branchId=${member.branchId}`]: branch.nameAr } };
}

function recordOf({ fullNameAr, fullNameLatin, memberNumber, phone, email, gender, branchId, status, joinedOn }: MemberInput) {
  return { fullNameAr, fullNameLatin, memberNumber, phone, email, gender, branchId, status, joinedOn };
}

export const createMember = mutation({
  schema: createMemberSchema,
  permission: "member.manage",
  scope: async (input, { tx }) => {
    const branch = await territoryOfBranch(tx, input.branchId);
    return branch && [branch];
  },
  async run(input, { tx }) {
    await refuseTakenNumber(tx, input.memberNumber);
    const record = recordOf(input);
    const [created] = await tx.insert(members).values(record).returning({ id: members.id });
    return {
      audit: {
        action: "member.create",
        entity: "member",
        entityId: created.id,
        summary: `created member ${record.fullNameAr} (${record.memberNumber})`,
        changes: record,
      },
      result: created.id,
    };
  },
  revalidate: () => ["/members"],
  redirectTo: (_input, id) => `/members/${id}?saved=created`,
});

export const updateMember = mutation({
  schema: updateMemberSchema,
  permission: "member.manage",
  // a move touches two places: the member's branch now, and the branch they go to
  scope: async (input, { tx }) => {
    const [current] = await tx.select({ branchId: members.branchId }).from(members).where(eq(members.id, input.id)).limit(1);
    if (!current) return null;
    return both(await territoryOfBranch(tx, current.branchId), await territoryOfBranch(tx, input.branchId));
  },
  async run(input, { tx }) {
    const version = await claimVersion(tx, members, input.id, input.version, (row) => memberAsForm(tx, row));
    await refuseTakenNumber(tx, input.memberNumber, input.id);
    const [before] = await tx.select().from(members).where(eq(members.id, input.id)).limit(1);
    const record = recordOf(input);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [field, to] of Object.entries(record)) {
      const from = before[field as keyof typeof record];
      if (from !== to) changes[field] = { from, to };
    }
    await tx
      .update(members)
      .set({ ...record, updatedAt: clock.now() })
      .where(eq(members.id, input.id));
    return {
      audit: {
        action: "member.update",
        entity: "member",
        entityId: input.id,
        summary: `updated member ${record.fullNameAr} (${record.memberNumber})`,
        changes,
      },
      result: { id: input.id, version },
    };
  },
  revalidate: (input) => ["/members", `/members/${input.id}`],
  redirectTo: (input) => `/members/${input.id}?saved=updated`,
});
