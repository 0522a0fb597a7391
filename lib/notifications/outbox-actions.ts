"use server";

import { and, eq, sql } from "drizzle-orm";
import { outboxEmails } from "@/db/schema";
import { ActionError, mutation } from "@/lib/action";
import { getDictionary } from "@/lib/i18n";
import { enqueueEmailsAfterCommit } from "./delivery";
import { retryEmailSchema } from "./schemas";

/**
 * Sends a failed email again (the dead letter of the outbox): it waits once more, in a new round
 * with a fresh set of retries, and its job is made once the change has committed. Admins only.
 */
export const retryOutboxEmail = mutation({
  schema: retryEmailSchema,
  permission: "outbox.manage",
  async run(input, { tx, afterCommit }) {
    const [email] = await tx.select({ id: outboxEmails.id, status: outboxEmails.status }).from(outboxEmails).where(eq(outboxEmails.id, input.id)).for("update");
    if (!email) throw new ActionError("notFound");
    if (email.status !== "failed") {
      const { t } = await getDictionary();
      throw new ActionError(t.notifications.outbox.notFailed);
    }
    const [retried] = await tx
      .update(outboxEmails)
      .set({ status: "waiting", round: sql`${outboxEmails.round} + 1`, claimedAt: null })
      .where(and(eq(outboxEmails.id, email.id), eq(outboxEmails.status, "failed")))
      .returning({ round: outboxEmails.round, attempts: outboxEmails.attempts });
    afterCommit(enqueueEmailsAfterCommit);
    return {
      // the recipient and the content stay out of the audit log: the row's id says which email
      audit: { action: "outbox.retry", entity: "outbox_email", entityId: email.id, summary: `sent email ${email.id} again`, changes: { round: retried.round, attempts: retried.attempts } },
    };
  },
  revalidate: () => ["/admin/outbox"],
  successMessage: (t) => t.notifications.outbox.retried,
});
