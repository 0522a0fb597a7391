import { v, z } from "@/lib/validation";

/** An invitee's answer: only "attending" or "excused" is sent; the reason goes with an excuse. */
export const answerSchema = z.object({
  invitationId: v.id(),
  answer: z.enum(["attending", "excused"]),
  reason: v.optionalText(500),
});

export const inviteeSchema = z.object({ sessionId: v.id(), memberId: v.id() });
export const removeInviteeSchema = z.object({ invitationId: v.id() });
