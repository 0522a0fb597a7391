import { sql } from "drizzle-orm";
import type { Executor } from "../../client";
import { json, maxId, n, one, u } from "./sql";

const U = (expr: string, salt: number) => sql.raw(u(expr, salt));

const cities = ["الرباط", "الدار البيضاء", "بوزنيقة", "فاس", "مراكش", "طنجة", "أكادير", "المحمدية"];

const workshopThemes = [
  ["الورشة الاقتصادية والاجتماعية", "النموذج التنموي والعدالة الاجتماعية والمجالية"],
  ["ورشة الديمقراطية والمؤسسات", "الإصلاحات السياسية والمؤسساتية وتخليق الحياة العامة"],
  ["ورشة التنظيم والتجذر", "تقوية التنظيم الحزبي وتجذره في المجتمع"],
  ["ورشة القضايا الاجتماعية", "التعليم والصحة والسكن والحماية الاجتماعية"],
  ["ورشة المناصفة والمساواة", "المساواة بين النساء والرجال في الحقوق والمسؤوليات"],
  ["ورشة الشباب", "إشراك الشباب في الحياة السياسية والتشغيل"],
  ["ورشة العلاقات الخارجية", "القضية الوطنية والدبلوماسية الحزبية"],
  ["ورشة البيئة والتنمية المستدامة", "الماء والتغيرات المناخية والانتقال الطاقي"],
].map(([title, theme]) => ({ title, theme }));

const sittingPlan = sql.raw(`(values
  (1, 'opening', 'الجلسة الافتتاحية', 0, time '10:00', time '12:30'),
  (2, 'plenary', 'الجلسة العامة: مناقشة تقرير المكتب السياسي', 0, time '15:00', time '19:00'),
  (3, 'closing', 'الجلسة الختامية: المصادقة على البيان الختامي', 1, time '16:00', time '18:00')
) as k(n, kind, title, day, start_time, end_time)`);

const agendaPlan = sql.raw(`(values
  (1, 'كلمة الافتتاح'), (2, 'تقديم التقرير'), (3, 'المناقشة العامة'), (4, 'الردود والخلاصات')
) as a(position, title)`);

/**
 * New sessions of the Central Committee with their programme: past ones closed with their
 * statement, minutes, papers, recommendations and attendance; every tenth one convened, after the
 * last session there is. Three sittings and four workshops each; people from the committee pool.
 */
export async function growSessions(tx: Executor, need: number, bureauUserId: number | null) {
  if (need <= 0) return;
  const before = await maxId(tx, "committee_sessions");
  const cc = await one(tx, sql`select count(*)::int as n from scale_cc`);
  if (cc === 0) throw new Error("the Central Committee has no active member to seat");
  await tx.execute(sql`
    with st as (select coalesce(max(ordinal), 0) as o, coalesce(min(starts_on), date '2017-02-04') as first, coalesce(max(starts_on), date '2027-03-01') as last from committee_sessions),
    c as (select ${json(cities)} as c),
    s as (select g, st.o + g as ordinal, g % 10 = 0 as upcoming,
            case when g % 10 = 0 then st.last + 90 * (g / 10) else st.first - 40 * g end as d
          from generate_series(1, ${n(need)}) as g, st)
    insert into committee_sessions (ordinal, title, starts_on, ends_on, venue, city, description, status, final_statement, minutes, created_at, updated_at)
    select ordinal, 'الدورة ' || ordinal || ' للجنة المركزية', d, d + 1, 'المقر المركزي للحزب',
      c.c ->> (g % jsonb_array_length(c.c)), 'دورة عادية للجنة المركزية لمناقشة تقرير المكتب السياسي والمصادقة على التوجهات المقبلة.',
      case when upcoming then 'convened' else 'closed' end,
      case when not upcoming then 'صادقت اللجنة المركزية بالإجماع على البيان الختامي الذي يثمن تقرير المكتب السياسي ويدعو إلى تعبئة شاملة.' end,
      case when not upcoming then 'افتتحت الدورة في موعدها بحضور أغلبية الأعضاء، وتلت المناقشةَ العامة المصادقةُ على التقرير والبيان.' end,
      (d - 45)::timestamp at time zone 'UTC', (case when upcoming then d - 30 else d + 2 end)::timestamp at time zone 'UTC'
    from s, c`);

  await tx.execute(sql`
    insert into sittings (session_id, kind, title, date, start_time, end_time, chairs, rapporteur_id)
    select s.id, k.kind, k.title, s.starts_on + k.day, k.start_time, k.end_time, 'المكتب السياسي', r.member_id
    from committee_sessions s cross join ${sittingPlan}
      join scale_cc r on r.rn = 1 + (s.id * 3 + k.n) % ${n(cc)}
    where s.id > ${n(before)}`);
  await tx.execute(sql`
    insert into agenda_items (sitting_id, position, title, start_time, duration_minutes)
    select si.id, a.position, a.title, si.start_time + (a.position - 1) * interval '30 minutes', 30
    from sittings si cross join ${agendaPlan}
    where si.session_id > ${n(before)}`);

  await tx.execute(sql`
    with t as (select ${json(workshopThemes)} as t)
    insert into workshops (session_id, number, title, theme, questions, date, start_time, end_time, room, facilitator_id, rapporteur_id, capacity)
    select s.id, w, t.t -> ((s.id + w) % jsonb_array_length(t.t)) ->> 'title', t.t -> ((s.id + w) % jsonb_array_length(t.t)) ->> 'theme',
      array['ما هي أبرز التحديات المطروحة؟', 'ما هي المقترحات العملية للحزب؟'], s.starts_on + 1, time '09:30', time '12:30',
      'القاعة ' || w, f.member_id, r.member_id, 60
    from committee_sessions s cross join generate_series(1, 4) as w cross join t
      join scale_cc f on f.rn = 1 + (s.id * 8 + w) % ${n(cc)}
      join scale_cc r on r.rn = 1 + (s.id * 8 + w + 4) % ${n(cc)}
    where s.id > ${n(before)}`);
  await tx.execute(sql`
    insert into workshop_participants (workshop_id, member_id)
    select w.id, p.member_id from workshops w cross join generate_series(0, 24) as j
      join scale_cc p on p.rn = 1 + (w.id * 31 + j) % ${n(cc)}
    where w.session_id > ${n(before)}
    on conflict do nothing`);
  await tx.execute(sql`
    insert into working_papers (workshop_id, title, due_on, status, assigned_at, updated_at)
    select w.id, 'ورقة عمل: ' || w.theme, s.starts_on - 15, case when s.status = 'closed' then 'approved' else 'assigned' end,
      (s.starts_on - 45)::timestamp at time zone 'UTC', (case when s.status = 'closed' then s.starts_on - 10 else s.starts_on - 45 end)::timestamp at time zone 'UTC'
    from workshops w join committee_sessions s on s.id = w.session_id
    where s.id > ${n(before)}`);
  await tx.execute(sql`
    insert into paper_assignees (paper_id, member_id)
    select p.id, a.member_id from working_papers p join workshops w on w.id = p.workshop_id cross join generate_series(0, 1) as j
      join scale_cc a on a.rn = 1 + (p.id * 5 + j * 2) % ${n(cc)}
    where w.session_id > ${n(before)}
    on conflict do nothing`);
  await tx.execute(sql`
    insert into paper_versions (paper_id, version, body, submitted, created_at, decision, reviewer_id, reviewed_at)
    select p.id, 1, 'تقترح هذه الورقة تشخيصا للوضع الراهن ومحاور للنقاش وتوصيات عملية تعرض على الورشة.', true,
      (s.starts_on - 16)::timestamp at time zone 'UTC', 'approved', ${bureauUserId}::int, (s.starts_on - 10)::timestamp at time zone 'UTC'
    from working_papers p join workshops w on w.id = p.workshop_id join committee_sessions s on s.id = w.session_id
    where s.id > ${n(before)} and s.status = 'closed'`);
  await tx.execute(sql`
    insert into recommendations (workshop_id, position, text)
    select w.id, r, case r when 1 then 'تعميق النقاش في الفروع حول محاور الورشة.' when 2 then 'إعداد مذكرة تفصيلية ترفع إلى المكتب السياسي.' else 'تتبع تنفيذ التوصيات في الدورة المقبلة.' end
    from workshops w join committee_sessions s on s.id = w.session_id cross join generate_series(1, 3) as r
    where s.id > ${n(before)} and s.status = 'closed'`);
  await tx.execute(sql`
    with c as (select ${json(cities)} as c)
    insert into thematic_meetings (session_id, city, starts_at, venue, theme, speakers, status)
    select s.id, c.c ->> ((s.id + m) % jsonb_array_length(c.c)), (s.starts_on - 10 * m + time '18:00')::timestamp at time zone 'UTC',
      'مقر الكتابة الجهوية', 'لقاء تحضيري حول محاور الدورة ' || s.ordinal, null, case when s.status = 'closed' then 'held' else 'planned' end
    from committee_sessions s cross join generate_series(1, 2) as m cross join c
    where s.id > ${n(before)}`);
  await tx.execute(sql`
    insert into sitting_attendance (sitting_id, member_id, status)
    select si.id, p.member_id,
      case when ${U("si.id * 64 + j", 61)} < 0.84 then 'present' when ${U("si.id * 64 + j", 61)} < 0.94 then 'excused' else 'absent' end
    from sittings si join committee_sessions s on s.id = si.session_id cross join generate_series(0, 59) as j
      join scale_cc p on p.rn = 1 + (si.id * 17 + j) % ${n(cc)}
    where s.id > ${n(before)} and s.status = 'closed' and si.kind in ('opening', 'closing')
    on conflict do nothing`);
}
