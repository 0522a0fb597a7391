import { sql } from "drizzle-orm";
import type { Executor } from "../../client";
import { json, n, u } from "./sql";

const U = (expr: string, salt: number) => sql.raw(u(expr, salt));

/** What the app writes most, weighted by repetition: saves of reports, sign-ins, member updates… */
const kinds = [
  ...Array(5).fill({ action: "report.save", entity: "evaluation_report", summary: "saved draft version 2 of report {id}" }),
  ...Array(4).fill({ action: "user.signin", entity: "user", summary: "signed in from 127.0.0.1" }),
  ...Array(4).fill({ action: "member.update", entity: "member", summary: "updated member {id}", field: "phone" }),
  ...Array(2).fill({ action: "member.create", entity: "member", summary: "created member {id}" }),
  { action: "report.submit", entity: "evaluation_report", summary: "submitted report {id}" },
  { action: "branch.update", entity: "branch", summary: "updated branch {id}", field: "address" },
  { action: "cell.create", entity: "cell", summary: "created cell {id}" },
  { action: "rooting.training.update", entity: "training_meeting", summary: "updated training {id}", field: "status" },
  { action: "session.update", entity: "session", summary: "updated session {id}", field: "venue" },
  { action: "campaign.update", entity: "evaluation_campaign", summary: "updated campaign {id}", field: "deadline" },
];

/**
 * `need` rows of the audit log over the three years before `now`, more of them recently, by the
 * existing accounts. Written in the order of time, as the app writes them, which also keeps the
 * time indexes growing at their end.
 */
export async function growAudit(tx: Executor, need: number, now: Date) {
  if (need <= 0) return;
  await tx.execute(sql`
    with us as (select array_agg(id order by id) as ids, count(*)::int as n from users),
    k as (select ${json(kinds)} as k),
    s as (select g, 1 - (g - 0.5) / ${n(need)} as ut, ${U("g", 92)} as uk, ${U("g", 93)} as uu, ${U("g", 94)} as ue from generate_series(1, ${n(need)}) as g),
    x as (select s.*, k.k -> floor(s.uk * jsonb_array_length(k.k))::int as kind, (1 + floor(s.ue * 30000))::int as eid from s, k)
    insert into audit_log (at, user_id, action, entity, entity_id, summary, changes)
    select ${now.toISOString()}::timestamptz - power(ut, 0.6) * interval '1095 days', us.ids[1 + floor(uu * us.n)::int],
      kind ->> 'action', kind ->> 'entity', eid::text, replace(kind ->> 'summary', '{id}', eid::text),
      case when kind ? 'field' then jsonb_build_object(kind ->> 'field', jsonb_build_object('from', 'قديم', 'to', 'جديد')) end
    from x, us`);
}
