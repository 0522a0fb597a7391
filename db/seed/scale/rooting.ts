import { sql } from "drizzle-orm";
import type { Executor } from "../../client";
import { localSummary, provincialSummary, regionalSittings, regionalSummary } from "../data/rooting";
import { n, one, u } from "./sql";

const U = (expr: string, salt: number) => sql.raw(u(expr, salt));

/**
 * New training meetings of the current تجذر plan, from June 2017 to six months ahead: one in twenty
 * regional, seven in twenty provincial, the rest local, unevenly over the provinces. A provincial
 * training comes from the last regional one of its region before it, a local one from the last
 * provincial one of its province; each has its sittings, a leader or trainers, and its attendance.
 */
export async function growTrainings(tx: Executor, need: number, today: string) {
  if (need <= 0) return;
  const planId = await one(tx, sql`select coalesce(max(id), 0)::int as n from rooting_plans where ended_on is null`);
  if (!planId) return;
  await tx.execute(sql`drop table if exists scale_trainings`);
  await tx.execute(sql`
    create temp table scale_trainings on commit drop as
    select x.*, p.region_id, p.name_ar as province_ar, rg.name_ar as region_ar,
      case when x.d > ${today}::date then 'planned' when x.ust < 0.55 then 'reported' else 'held' end as status
    from (
      select g, nextval(pg_get_serial_sequence('training_meetings', 'id'))::int as id,
        case when g % 20 = 0 then 'regional' when g % 20 < 8 then 'provincial' else 'local' end as level,
        date '2017-06-01' + floor(${U("g", 81)} * (${today}::date + 180 - date '2017-06-01'))::int as d,
        pa.ids[1 + floor(power(${U("g", 82)}, 1.5) * pa.n)::int] as province_id, ${U("g", 83)} as ust, ${U("g", 84)} as ub
      from generate_series(1, ${n(need)}) as g,
        (select array_agg(id order by hashint4(id # 3)) as ids, count(*)::int as n from provinces) pa
    ) x join provinces p on p.id = x.province_id join regions rg on rg.id = p.region_id`);

  // fresh statistics, or the lookups of each training's parent below scan the whole table per row
  await tx.execute(sql`analyze scale_trainings`);
  const common = sql.raw(`t.id, ${planId}, t.level, t.d, t.start_time, t.status`);
  await tx.execute(sql`
    insert into training_meetings (id, plan_id, level, starts_on, start_time, status, title, ends_on, venue, city, summary)
    select ${common}, 'اللقاء التكويني الجهوي لجهة ' || t.region_ar, t.d + 1, 'مقر الكتابة الجهوية', t.province_ar,
      case when t.status = 'reported' then ${regionalSummary}::text end
    from (select *, '09:30' as start_time from scale_trainings where level = 'regional') t`);
  await tx.execute(sql`
    insert into training_regions (training_id, region_id) select id, region_id from scale_trainings where level = 'regional'`);
  await tx.execute(sql`analyze training_meetings, training_regions`);
  await tx.execute(sql`
    insert into training_meetings (id, plan_id, level, starts_on, start_time, status, title, ends_on, venue, city, summary, parent_id, province_id)
    select ${common}, 'اللقاء التكويني الإقليمي ب' || t.province_ar, t.d, 'مقر الكتابة الإقليمية', t.province_ar,
      case when t.status = 'reported' then ${provincialSummary}::text end, parent.id, t.province_id
    from (select *, '15:00' as start_time from scale_trainings where level = 'provincial') t
      left join lateral (
        select m.id from training_meetings m join training_regions tr on tr.training_id = m.id
        where tr.region_id = t.region_id and m.level = 'regional' and m.starts_on <= t.d order by m.starts_on desc, m.id desc limit 1
      ) parent on true`);
  await tx.execute(sql`analyze training_meetings`);
  await tx.execute(sql`
    insert into training_meetings (id, plan_id, level, starts_on, start_time, status, title, ends_on, venue, city, summary, parent_id, province_id, branch_id)
    select ${common}, 'لقاء تكويني محلي — ' || b.name_ar, t.d, 'مقر ' || b.name_ar, b.town,
      case when t.status = 'reported' then ${localSummary}::text end, parent.id, t.province_id, b.id
    from (select *, '17:00' as start_time from scale_trainings where level = 'local') t
      join scale_bp_n bn on bn.province_id = t.province_id
      join scale_bp bp on bp.province_id = t.province_id and bp.rn = 1 + floor(t.ub * bn.n)::int
      join branches b on b.id = bp.branch_id
      left join lateral (
        select m.id from training_meetings m
        where m.province_id = t.province_id and m.level = 'provincial' and m.starts_on <= t.d order by m.starts_on desc, m.id desc limit 1
      ) parent on true`);

  await tx.execute(sql`
    insert into training_sittings (training_id, position, title)
    select t.id, s, case when s = 1 then ${regionalSittings[0]}::text when s = 2 then ${regionalSittings[1]}::text else 'خلاصات وتوصيات' end
    from scale_trainings t cross join lateral generate_series(1, case t.level when 'regional' then 3 when 'provincial' then 2 else 1 end) as s`);
  // a provincial or local training is led by one of the province's members
  await tx.execute(sql`
    insert into training_people (training_id, member_id, role, province_id)
    select t.id, mp.member_id, 'leader', t.province_id
    from scale_trainings t join scale_mp_n mn on mn.province_id = t.province_id
      join scale_mp mp on mp.province_id = t.province_id and mp.rn = 1 + (t.id * 13) % mn.n
    where t.level <> 'regional'
    on conflict do nothing`);
  // a regional one by two members of the Political Bureau, and it trains a trainer for each province of its region
  const pb = await one(tx, sql`select count(*)::int as n from scale_pb`);
  if (pb > 0) {
    await tx.execute(sql`
      insert into training_people (training_id, member_id, role, province_id)
      select t.id, p.member_id, 'trainer', null
      from scale_trainings t cross join generate_series(0, 1) as j join scale_pb p on p.rn = 1 + (t.id * 2 + j) % ${n(pb)}
      where t.level = 'regional'
      on conflict do nothing`);
  }
  await tx.execute(sql`
    insert into training_people (training_id, member_id, role, province_id)
    select t.id, mp.member_id, 'trained_trainer', p.id
    from scale_trainings t join provinces p on p.region_id = t.region_id
      join scale_mp_n mn on mn.province_id = p.id
      join scale_mp mp on mp.province_id = p.id and mp.rn = 1 + (t.id * 7) % mn.n
    where t.level = 'regional' and t.status <> 'planned'
    on conflict do nothing`);
  await tx.execute(sql`
    insert into training_attendance_counts (training_id, province_id, count)
    select t.id, p.id, case when t.level = 'regional' then 3 else 8 end + floor(${U("t.id * 100 + p.id", 85)} * 25)::int
    from scale_trainings t join provinces p on (t.level = 'regional' and p.region_id = t.region_id) or (t.level <> 'regional' and p.id = t.province_id)
    where t.status <> 'planned'`);
}
