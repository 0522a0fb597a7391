import { Trash2 } from "lucide-react";
import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { RecommendationForm } from "@/components/sessions/recommendation-form";
import { buttonClass } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { fill, getDictionary } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import { sessionName, workshopName } from "@/lib/sessions/format";
import { deleteRecommendation, moveRecommendation } from "@/lib/sessions/outcome-actions";
import { findWorkshop } from "@/lib/sessions/workshop-queries";
import { PlainActionForm } from "@/components/ui/plain-action-form";
import { ReorderableList } from "@/components/ui/reorderable-list-lazy";
import { parseId } from "@/lib/params";

type Props = { params: Promise<{ id: string; workshopId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.sessions.outcomes.editRecommendations };
}

/** The workshop's rapporteur (or the Bureau) keeps its recommendations here, in order. */
export default async function RecommendationsPage({ params }: Props) {
  const viewer = await requirePermission("outcome.record");
  const { t } = await getDictionary();
  const { id, workshopId } = await params;
  const found = await findWorkshop(viewer, parseId(id), parseId(workshopId));
  if (!found) notFound();
  const { session, workshop, recommendations } = found;
  if (!can(viewer, "session.manage") && (viewer.memberId === null || viewer.memberId !== workshop.rapporteurId)) forbidden();
  const s = t.sessions;
  const o = s.outcomes;
  const name = workshopName(s, workshop.number);
  const page = `/sessions/${session.id}/workshops/${workshop.id}`;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        crumbs={
          <Breadcrumbs
            label={s.breadcrumbs}
            items={[
              { href: "/sessions", label: s.title },
              { href: `/sessions/${session.id}`, label: sessionName(s, session.ordinal) },
              { href: page, label: name },
              { label: o.recommendations },
            ]}
          />
        }
        title={o.editRecommendations}
        description={`${name}: ${workshop.title}`}
      />
      <p className="text-sm text-stone-600">{o.recorderHint}</p>
      <Card>
        <CardTitle>{o.recommendations}</CardTitle>
        {recommendations.length ? (
          <ReorderableList
            className="border-0"
            move={moveRecommendation}
            labels={{ caption: o.recommendations, up: s.agenda.up, down: s.agenda.down, moved: o.moved }}
            items={recommendations.map((r, i) => ({
              id: r.id,
              name: String(i + 1),
              moveUp: fill(o.moveUp, { n: i + 1 }),
              moveDown: fill(o.moveDown, { n: i + 1 }),
              content: <p className="whitespace-pre-line">{r.text}</p>,
              actions: (
                <PlainActionForm action={deleteRecommendation}>
                  <input type="hidden" name="id" value={r.id} />
                  <button type="submit" aria-label={fill(o.delete, { n: i + 1 })} className={buttonClass("ghost", "sm")}>
                    <Trash2 aria-hidden="true" size={16} />
                  </button>
                </PlainActionForm>
              ),
              below: (
                <details className="rounded-lg bg-stone-50 px-3 py-2">
                  <summary className="cursor-pointer text-sm font-medium text-brand-800">{fill(o.editItem, { n: i + 1 })}</summary>
                  <div className="pt-3">
                    <RecommendationForm mode="edit" t={o} defaults={{ id: String(r.id), text: r.text }} />
                  </div>
                </details>
              ),
            }))}
          />
        ) : (
          <p className="text-sm text-stone-600">{o.noRecommendations}</p>
        )}
      </Card>
      <Card>
        <CardTitle>{o.addRecommendation}</CardTitle>
        <RecommendationForm mode="add" t={o} defaults={{ workshopId: String(workshop.id), text: "" }} />
      </Card>
    </div>
  );
}
