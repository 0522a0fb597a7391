import { Download, ExternalLink } from "lucide-react";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatNumber } from "@/lib/i18n/format";
import { removeTrainingSitting } from "@/lib/rooting/training-people-actions";
import { removeTrainingMaterial } from "@/lib/rooting/material-actions";
import type { TrainingDetail, TrainingSections } from "@/lib/rooting/training-queries";
import { RemoveButton } from "./training-buttons";
import { TrainingList } from "./training-list";
import { MaterialForm, SittingForm } from "./training-part-forms-lazy";
import { LazyReportForm as ReportForm } from "./report-form-lazy";

type Text = Dictionary["rooting"];

/** The sittings in order, each with its chair. */
export function ProgrammeSection({ trainingId, sittings, manage, t }: { trainingId: number; sittings: TrainingSections["sittings"]; manage: boolean; t: Text }) {
  return (
    <div className="space-y-3">
      {sittings.length ? (
        <ol className="space-y-2">
          {sittings.map((sitting, i) => (
            <li key={sitting.id} className="flex items-start justify-between gap-2 rounded-lg border border-stone-200 p-3">
              <div className="flex min-w-0 flex-1 gap-3">
                <span aria-hidden="true" className="flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-900 tabular-nums">
                  {i + 1}
                </span>
                <div className="min-w-0">
                  <p className="font-medium text-stone-900">{sitting.title}</p>
                  <p className="text-sm text-stone-600">{sitting.chair ? fill(t.record.chair, { name: sitting.chair }) : t.record.noChair}</p>
                </div>
              </div>
              {manage ? <RemoveButton action={removeTrainingSitting} fields={{ id: sitting.id }} label={fill(t.record.remove, { name: sitting.title })} short={t.record.removeShort} /> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-stone-600">{t.record.noSittings}</p>
      )}
      {manage ? <SittingForm trainingId={trainingId} t={t.add} /> : null}
    </div>
  );
}

export function MaterialsSection({ trainingId, materials, manage, t, locale }: { trainingId: number; materials: TrainingSections["materials"]; manage: boolean; t: Text; locale: Locale }) {
  return (
    <div className="space-y-3">
      {materials.length ? (
        <ul className="divide-y divide-stone-100">
          {materials.map((material) => (
            <li key={material.id} className="flex items-center justify-between gap-2 py-2">
              <div className="min-w-0 flex-1">
                {material.url ? (
                  <a href={material.url} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1.5 font-medium text-brand-800 underline-offset-4 hover:underline">
                    <ExternalLink aria-hidden="true" size={16} />
                    {material.title}
                    <span className="sr-only"> — {t.record.openLink}</span>
                  </a>
                ) : (
                  <a href={`/rooting/trainings/${trainingId}/materials/${material.id}`} className="inline-flex items-center gap-1.5 font-medium text-brand-800 underline-offset-4 hover:underline">
                    <Download aria-hidden="true" size={16} />
                    {material.title}
                    <span className="sr-only"> — {t.record.download}</span>
                  </a>
                )}
                {material.fileName ? (
                  <p className="text-xs text-stone-600">
                    <span dir="auto">{material.fileName}</span> · {fill(t.record.fileSize, { size: formatNumber(Math.max(1, Math.round((material.fileSize ?? 0) / 1024)), locale) })}
                  </p>
                ) : null}
              </div>
              {manage ? <RemoveButton action={removeTrainingMaterial} fields={{ id: material.id }} label={fill(t.record.remove, { name: material.title })} short={t.record.removeShort} /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-600">{t.record.noMaterials}</p>
      )}
      {manage ? <MaterialForm trainingId={trainingId} t={t.add} tooLarge={t.errors.materialTooLarge} /> : null}
    </div>
  );
}

export function ReportSection({ training, manage, t }: { training: TrainingDetail; manage: boolean; t: Text }) {
  if (manage && training.status !== "planned") {
    return <ReportForm defaults={{ id: String(training.id), summary: training.summary ?? "", discussion: training.discussion ?? "", followUp: training.followUp ?? "" }} t={t} />;
  }
  if (!training.summary && !training.discussion && !training.followUp) {
    return <p className="text-sm text-stone-600">{training.status === "planned" ? t.record.reportAfterHeld : t.record.noReport}</p>;
  }
  const parts = [
    [t.record.summary, training.summary],
    [t.record.discussion, training.discussion],
    [t.record.followUp, training.followUp],
  ] as const;
  return (
    <dl className="space-y-4">
      {parts.map(([label, text]) =>
        text ? (
          <div key={label}>
            <dt className="font-semibold text-stone-900">{label}</dt>
            <dd className="mt-1 leading-relaxed whitespace-pre-line text-stone-700">{text}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}

export function ChildrenSection({ items, t, locale }: { items: TrainingSections["children"]; t: Text; locale: Locale }) {
  return items.length ? <TrainingList rows={items} t={t} locale={locale} label={t.record.children} /> : <p className="text-sm text-stone-600">{t.record.noChildren}</p>;
}
