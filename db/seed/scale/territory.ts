import { sql } from "drizzle-orm";
import type { Executor } from "../../client";
import { activityKinds } from "../../schema";
import { activityTexts, newCellNames } from "../data/rooting";
import { json, n, u } from "./sql";

const U = (expr: string, salt: number) => sql.raw(u(expr, salt));

/** Quarters a town's branches are named after (فرع حي السلام بسطات), with their usual French spelling. */
const quarters = [
  ["حي السلام", "Hay Salam"],
  ["حي النهضة", "Hay Nahda"],
  ["حي الأمل", "Hay Al Amal"],
  ["الحي المحمدي", "Hay Mohammadi"],
  ["حي الرياض", "Hay Riad"],
  ["حي الفتح", "Hay Al Fath"],
  ["المدينة القديمة", "Médina"],
  ["حي القدس", "Hay Al Qods"],
  ["حي الانبعاث", "Hay Al Inbiaat"],
  ["حي المسيرة", "Hay Al Massira"],
  ["حي الوحدة", "Hay Al Wahda"],
  ["حي الزيتون", "Hay Zitoune"],
  ["حي الكرامة", "Hay Al Karama"],
  ["حي المستقبل", "Hay Al Moustaqbal"],
  ["الحي الحسني", "Hay Hassani"],
  ["حي الأندلس", "Hay Andalous"],
  ["حي النصر", "Hay Nasr"],
  ["حي البساتين", "Hay Bassatine"],
  ["حي الأطلس", "Hay Atlas"],
  ["حي الشفاء", "Hay Chifa"],
  ["حي الإدريسية", "Hay Idrissia"],
  ["حي بدر", "Hay Badr"],
  ["حي الصفاء", "Hay Safaa"],
  ["حي المنار", "Hay Manar"],
  ["حي الياسمين", "Hay Yasmine"],
  ["حي الموحدين", "Hay Al Mouahidine"],
  ["حي المرينيين", "Hay Mérinides"],
  ["الحي الجديد", "Hay Jadid"],
  ["حي التقدم", "Hay Taqaddoum"],
  ["حي الفرح", "Hay Al Farah"],
].map(([ar, fr]) => ({ ar, fr }));

const streets = ["محمد الخامس", "الحسن الثاني", "الجيش الملكي", "المسيرة", "الزرقطوني", "علال بن عبد الله", "المقاومة", "الاستقلال"];

/**
 * New branches spread unevenly over the provinces (a few provinces hold many, most hold some),
 * named after a quarter of the province's town; some restructured, some with a renewed bureau.
 */
export async function growBranches(tx: Executor, need: number, today: string) {
  if (need <= 0) return;
  await tx.execute(sql`
    with q as (select ${json(quarters)} as q, ${json(streets)} as streets),
    p as (select array_agg(id order by hashint4(id # 3)) as ids, count(*)::int as n from provinces),
    have as (select province_id, count(*)::int as n from branches group by province_id),
    s0 as (
      select g, p.ids[1 + floor(power(${U("g", 21)}, 1.7) * p.n)::int] as province_id,
        ${U("g", 22)} as ur, ${U("g", 23)} as ub, ${U("g", 24)} as ua
      from generate_series(1, ${n(need)}) as g, p
    ),
    -- the k-th branch of its province takes the k-th quarter, and a number only when the quarters run out
    s as (select s0.*, coalesce(have.n, 0) + (row_number() over (partition by s0.province_id order by g))::int - 1 as k
          from s0 left join have on have.province_id = s0.province_id),
    x as (
      select s.*, q.q -> (s.k % jsonb_array_length(q.q)) as quarter, s.k / jsonb_array_length(q.q) as round,
        pr.name_ar as province_ar, pr.name_fr as province_fr, q.streets
      from s join provinces pr on pr.id = s.province_id, q
    )
    insert into branches (province_id, name_ar, name_fr, town, address, restructured_on, bureau_renewed_on)
    select province_id,
      'فرع ' || (quarter ->> 'ar') || case when round > 0 then ' ' || (round + 1) else '' end || ' ب' || province_ar,
      'Section ' || (quarter ->> 'fr') || case when round > 0 then ' ' || (round + 1) else '' end || ', ' || province_fr,
      province_ar,
      case when ua < 0.5 then 'شارع ' || (streets ->> floor(ua * 2 * jsonb_array_length(streets))::int) || '، ' || province_ar end,
      case when ur < 0.45 then date '2017-07-01' + floor(ur / 0.45 * (${today}::date - date '2017-07-01'))::int end,
      case when ub < 0.35 then date '2018-01-01' + floor(ub / 0.35 * (${today}::date - date '2018-01-01'))::int end
    from x`);
}

/** A bureau organ for every branch that has none (as the demo seed gives each branch). */
export async function growBranchBureaus(tx: Executor) {
  await tx.execute(sql`
    insert into organs (kind, code, name_ar, name_fr, region_id, province_id, branch_id)
    select 'branch_bureau', 'branch_' || b.id, 'مكتب ' || b.name_ar, 'Bureau — ' || b.name_fr, p.region_id, b.province_id, b.id
    from branches b join provinces p on p.id = b.province_id
    where not exists (select 1 from organs o where o.branch_id = b.id and o.kind = 'branch_bureau')
    on conflict (code) do nothing`);
}

/** Zero to two cells in each branch above `afterBranchId`. */
export async function growCells(tx: Executor, afterBranchId: number, today: string) {
  await tx.execute(sql`
    with pool as (select ${json(newCellNames)} as c)
    insert into cells (branch_id, name, kind, founded_on, members_count)
    select b.id, c.c -> ((b.id + k) % jsonb_array_length(c.c)) ->> 'name', c.c -> ((b.id + k) % jsonb_array_length(c.c)) ->> 'kind',
      date '2017-09-01' + floor(${U("b.id * 3 + k", 31)} * (${today}::date - date '2017-09-01'))::int,
      6 + floor(${U("b.id * 3 + k", 32)} * 25)::int
    from branches b cross join pool c cross join lateral generate_series(1, floor(${U("b.id", 33)} * 3)::int) as k
    where b.id > ${n(afterBranchId)}`);
}

/** Zero to six activities with citizens in each branch above `afterBranchId`, from 2017 to today. */
export async function growActivities(tx: Executor, afterBranchId: number, today: string) {
  const kinds = activityKinds.map((kind) => ({ kind, texts: activityTexts[kind] }));
  await tx.execute(sql`
    with pool as (select ${json(kinds)} as k)
    insert into rooting_activities (branch_id, date, kind, description, people_reached)
    select b.id, date '2017-03-01' + floor(power(${U("b.id * 7 + a", 34)}, 0.6) * (${today}::date - date '2017-03-01'))::int,
      kk ->> 'kind', kk -> 'texts' ->> floor(${U("b.id * 7 + a", 35)} * jsonb_array_length(kk -> 'texts'))::int,
      15 + floor(${U("b.id * 7 + a", 36)} * 300)::int
    from branches b cross join pool
      cross join lateral generate_series(1, floor(${U("b.id", 37)} * 7)::int) as a
      cross join lateral (select pool.k -> floor(${U("b.id * 7 + a", 38)} * jsonb_array_length(pool.k))::int as kk) as pick
    where b.id > ${n(afterBranchId)}`);
}
