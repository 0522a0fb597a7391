import { sql } from "drizzle-orm";
import { db } from "@/db";

/**
 * Makes the database refuse the audit row of one action until the answer is undone: the mutation
 * fails at its very end, after everything else it did (an upload, a delete) inside its transaction.
 */
export async function refuseAuditOf(action: string): Promise<() => Promise<void>> {
  const name = `refuse_${action.replace(/[^a-z]/gi, "_")}`;
  await db.execute(
    sql.raw(`create or replace function ${name}() returns trigger language plpgsql as $$
      begin
        if new.action = '${action.replace(/'/g, "''")}' then raise exception 'refused for a test'; end if;
        return new;
      end $$`),
  );
  await db.execute(sql.raw(`create trigger ${name} before insert on audit_log for each row execute function ${name}()`));
  return async () => {
    await db.execute(sql.raw(`drop trigger ${name} on audit_log`));
    await db.execute(sql.raw(`drop function ${name}()`));
  };
}
