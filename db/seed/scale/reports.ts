import { sql } from "drizzle-orm";
import type { Executor } from "../../client";
import { maxId, n, u } from "./sql";

const U = (expr: string, salt: number) => sql.raw(u(expr, salt));

const questionPlan = sql.raw(`(values
  (1, 'number', 'عدد اللقاءات التنظيمية المنعقدة خلال الفترة', null),
  (2, 'number', 'عدد المشاركين في هذه اللقاءات', 'مجموع الحاضرين في كل اللقاءات'),
  (3, 'text', 'أبرز الأنشطة المنجزة', null),
  (4, 'text', 'الصعوبات والمقترحات', 'ما الذي يحتاجه التنظيم الإقليمي من المكتب السياسي؟')
) as q(position, kind, label, help)`);

/**
 * New provincial evaluation campaigns, one report per province in every state. Past campaigns are
 * closed (most reports accepted, some submitted late, some returned or never filed); every eighth
 * one is open now, its reports still being written. Versions, revisions and reviews agree as the
 * app writes them: a draft is version 1, a submission version 2.
 */
export async function growCampaigns(tx: Executor, need: number, today: string, bureauUserId: number | null) {
  if (need <= 0) return;
  const before = await maxId(tx, "evaluation_campaigns");
  const reportsBefore = await maxId(tx, "evaluation_reports");
  await tx.execute(sql`
    with st as (select count(*)::int as n from evaluation_campaigns),
    s as (select g, g % 8 = 0 as open, case when g % 8 = 0 then ${today}::date - 12 else date '2016-06-01' - 30 * g end as d
          from generate_series(1, ${n(need)}) as g)
    insert into evaluation_campaigns (title, purpose, level, all_territories, opens_on, deadline, status, opened_at, closed_at, created_at, updated_at)
    select 'تقرير تقييمي حول النشاط الحزبي — ' || to_char(d, 'YYYY/MM'),
      'تقييم حصيلة النشاط التنظيمي والإشعاعي للكتابات الإقليمية خلال الفترة.', 'provincial', true,
      d, case when open then ${today}::date + 18 else d + 25 end, case when open then 'open' else 'closed' end,
      (d + time '10:00')::timestamp at time zone 'UTC', case when not open then (d + 40 + time '18:00')::timestamp at time zone 'UTC' end,
      (d - 7)::timestamp at time zone 'UTC', (case when open then d else d + 40 end)::timestamp at time zone 'UTC'
    from s`);
  await tx.execute(sql`
    insert into campaign_questions (campaign_id, position, kind, label, help, required)
    select c.id, q.position, q.kind, q.label, q.help, true from evaluation_campaigns c cross join ${questionPlan}
    where c.id > ${n(before)}`);
  await tx.execute(sql`
    with qs as (select campaign_id, array_agg(id order by position) as q from campaign_questions where campaign_id > ${n(before)} group by campaign_id),
    r as (
      select c.id as campaign_id, c.status as campaign_status, c.opens_on, c.deadline, p.id as province_id, p.region_id, qs.q,
        ${U("c.id * 1000 + p.id", 71)} as ust, ${U("c.id * 1000 + p.id", 72)} as ulate, ${U("c.id * 1000 + p.id", 73)} as uday, ${U("c.id * 1000 + p.id", 74)} as ua
      from evaluation_campaigns c join qs on qs.campaign_id = c.id cross join provinces p
      where c.id > ${n(before)}
    ),
    st as (
      select r.*, case when campaign_status = 'open' then
          case when ust < 0.25 then 'not_started' when ust < 0.5 then 'draft' when ust < 0.75 then 'submitted' when ust < 0.85 then 'returned' else 'accepted' end
        else
          case when ust < 0.04 then 'not_started' when ust < 0.08 then 'draft' when ust < 0.18 then 'submitted' when ust < 0.25 then 'returned' else 'accepted' end
        end as status
      from r
    ),
    sd as (
      select st.*, case when status in ('submitted', 'returned', 'accepted') then
          case when campaign_status = 'open' then opens_on + 1 + floor(uday * 9)::int
               when ulate < 0.15 then deadline + 1 + floor(uday * 5)::int
               else opens_on + 1 + floor(uday * (deadline - opens_on))::int end
        end as submitted_on
      from st
    ),
    t as (
      select sd.*, (submitted_on + time '17:00')::timestamp at time zone 'UTC' as submitted_at,
        case when status = 'accepted' then (submitted_on + 1 + time '10:00')::timestamp at time zone 'UTC' end as accepted_at
      from sd
    )
    insert into evaluation_reports (campaign_id, region_id, province_id, status, version, meeting_held_on, attendance, answers, submitted_at, accepted_at, updated_at)
    select campaign_id, region_id, province_id, status,
      case status when 'not_started' then 0 when 'draft' then 1 else 2 end,
      case when status <> 'not_started' then coalesce(submitted_on - 2, opens_on + 3) end,
      case when status <> 'not_started' then 12 + floor(ua * 60)::int end,
      case when status = 'not_started' then '{}'::jsonb else jsonb_build_object(
        q[1]::text, 2 + floor(ua * 12)::int, q[2]::text, 20 + floor(ua * 180)::int,
        q[3]::text, 'نظمت الكتابة الإقليمية لقاءات تواصلية مع الفروع وأطرت أنشطة للقرب مع المواطنين في عدد من الأحياء.',
        q[4]::text, 'ضعف الإمكانيات المادية وصعوبة التنقل إلى الجماعات القروية؛ نقترح دعم الفروع بالتكوين والوسائل.') end,
      case when status in ('submitted', 'returned', 'accepted') then submitted_at end, accepted_at,
      coalesce(accepted_at, case when status in ('submitted', 'returned', 'accepted') then submitted_at end, (opens_on + 4 + time '20:00')::timestamp at time zone 'UTC')
    from t`);
  await tx.execute(sql`
    insert into report_revisions (report_id, version, kind, meeting_held_on, attendance, answers, saved_by_id, saved_at)
    select r.id, v, case when v = 1 then 'draft' else 'submitted' end, r.meeting_held_on, r.attendance, r.answers, null,
      case when v = 2 then r.submitted_at when r.submitted_at is not null then r.submitted_at - interval '1 day' else r.updated_at end
    from evaluation_reports r cross join generate_series(1, 2) as v
    where r.id > ${n(reportsBefore)} and v <= r.version`);
  await tx.execute(sql`
    insert into report_reviews (report_id, version, decision, comment, question_comments, reviewer_id, at)
    select r.id, 2, case when r.status = 'returned' then 'returned' else 'accepted' end,
      case when r.status = 'returned' then 'المرجو استكمال الأرقام وتوضيح الصعوبات المذكورة.' end, '{}'::jsonb, ${bureauUserId}::int,
      coalesce(r.accepted_at, r.submitted_at + interval '1 day')
    from evaluation_reports r
    where r.id > ${n(reportsBefore)} and r.status in ('returned', 'accepted')`);
}
