import { sql } from "drizzle-orm";
import type { Executor } from "../../client";
import { familyNames, femaleFirstNames, maleFirstNames } from "../data/names";
import { json, n, pick, u } from "./sql";

const U = (expr: string, salt: number) => sql.raw(u(expr, salt));

/**
 * New members, spread unevenly over the branches: a given name (38 % women) and a family name from
 * the demo's pools, in Arabic and Latin letters; member numbers and phones that follow the highest
 * number in use; nine in ten active; joined between 1975 and today, most of them recently.
 */
export async function growMembers(tx: Executor, need: number, today: string) {
  if (need <= 0) return;
  await tx.execute(sql`
    with pools as (select ${json(maleFirstNames)} as male, ${json(femaleFirstNames)} as female, ${json(familyNames)} as family),
    b as (select array_agg(id order by hashint4(id # 5)) as ids, count(*)::int as n from branches),
    start as (select coalesce(max(case when member_number ~ '^[0-9]{1,12}$' then member_number::bigint end), 100000) as n from members),
    s as (
      select g, start.n + g as num, ${U("g", 11)} as ug, ${U("g", 12)} as uf, ${U("g", 13)} as ufam, ${U("g", 14)} as ub,
        ${U("g", 15)} as ust, ${U("g", 16)} as uj, ${U("g", 17)} as ue
      from generate_series(1, ${n(need)}) as g, start
    ),
    x as (
      select s.*, s.ug < 0.38 as female, b.ids[1 + floor(power(s.ub, 1.8) * b.n)::int] as branch_id,
        case when s.ug < 0.38 then ${sql.raw(pick("pools.female", "s.uf"))} else ${sql.raw(pick("pools.male", "s.uf"))} end as first,
        ${sql.raw(pick("pools.family", "s.ufam"))} as fam
      from s, pools, b
    )
    insert into members (full_name_ar, full_name_latin, member_number, phone, email, gender, branch_id, status, joined_on)
    select (first ->> 'ar') || ' ' || (fam ->> 'ar'), (first ->> 'fr') || ' ' || (fam ->> 'fr'), num::text,
      '07' || lpad((num % 100000000)::text, 8, '0'),
      case when ue < 0.45 then lower(regexp_replace((first ->> 'fr') || '.' || (fam ->> 'fr'), '[^A-Za-z.]', '', 'g')) || '.' || num || '@example.org' end,
      case when female then 'f' else 'm' end, branch_id,
      case when ust < 0.90 then 'active' when ust < 0.94 then 'suspended' when ust < 0.99 then 'resigned' else 'deceased' end,
      date '1975-01-01' + floor(power(uj, 0.45) * (${today}::date - date '1975-01-01'))::int
    from x`);
}

/** Five active members on the bureau of every branch whose bureau has nobody yet. */
export async function growBranchBureauMembers(tx: Executor) {
  await tx.execute(sql`
    insert into organ_memberships (organ_id, member_id, position, from_date)
    select o.id, m.id, 'member', coalesce(b.bureau_renewed_on, date '2017-01-01')
    from (select id, branch_id, row_number() over (partition by branch_id order by id) as rn from members where status = 'active') m
      join organs o on o.branch_id = m.branch_id and o.kind = 'branch_bureau'
      join branches b on b.id = m.branch_id
    where m.rn <= 5 and not exists (select 1 from organ_memberships om where om.organ_id = o.id)`);
}

/** `need` active members who are not yet on the Central Committee join it. */
export async function growCentralCommittee(tx: Executor, need: number) {
  if (need <= 0) return;
  await tx.execute(sql`
    with cc as (select id from organs where code = 'central_committee')
    insert into organ_memberships (organ_id, member_id, position, from_date)
    select cc.id, m.id, 'member', date '2022-11-13'
    from members m, cc
    where m.status = 'active' and not exists (select 1 from organ_memberships om where om.organ_id = cc.id and om.member_id = m.id)
    order by hashint4(m.id # 77)
    limit ${n(need)}`);
}

/**
 * Temporary pools the later steps draw people from by number (rn 1..n): the Central Committee,
 * the Political Bureau, and the active members of each province.
 */
export async function createPeoplePools(tx: Executor) {
  await tx.execute(sql`drop table if exists scale_cc, scale_pb, scale_mp, scale_mp_n, scale_bp, scale_bp_n`);
  for (const [table, code] of [
    ["scale_cc", "central_committee"],
    ["scale_pb", "political_bureau"],
  ] as const) {
    await tx.execute(sql`
      create temp table ${sql.identifier(table)} on commit drop as
      select (row_number() over (order by hashint4(member_id # 9)))::int as rn, member_id
      from (select distinct om.member_id from organ_memberships om join organs o on o.id = om.organ_id join members m on m.id = om.member_id
            where o.code = ${code} and m.status = 'active') x`);
    await tx.execute(sql`create index on ${sql.identifier(table)} (rn)`);
  }
  await tx.execute(sql`
    create temp table scale_mp on commit drop as
    select b.province_id, (row_number() over (partition by b.province_id order by hashint4(m.id # 13)))::int as rn, m.id as member_id
    from members m join branches b on b.id = m.branch_id where m.status = 'active'`);
  await tx.execute(sql`create index on scale_mp (province_id, rn)`);
  await tx.execute(sql`create temp table scale_mp_n on commit drop as select province_id, count(*)::int as n from scale_mp group by province_id`);
  await tx.execute(sql`
    create temp table scale_bp on commit drop as
    select province_id, (row_number() over (partition by province_id order by hashint4(id # 17)))::int as rn, id as branch_id from branches`);
  await tx.execute(sql`create index on scale_bp (province_id, rn)`);
  await tx.execute(sql`create temp table scale_bp_n on commit drop as select province_id, count(*)::int as n from scale_bp group by province_id`);
}
