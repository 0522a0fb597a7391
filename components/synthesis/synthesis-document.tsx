import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { CampaignQuestion } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { NarrativeRegion } from "@/lib/synthesis/queries";
import { FiguresSummary, QuestionFigures, type FiguresData } from "./figures";
import { NarrativeAnswers } from "./narrative-answers";
import { SectionField } from "./synthesis-editor";

type Mode = "edit" | "read" | "print";

function Section({ id, title, mode, children }: { id: string; title: string; mode: Mode; children: ReactNode }) {
  return (
    <section
      aria-labelledby={`section-${id}`}
      className={cn(mode === "print" ? "synthesis-section space-y-3" : "space-y-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-5")}
    >
      <h2 id={`section-${id}`} className="text-lg font-semibold text-stone-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

function BureauText({ text, mode, t }: { text: string | undefined; mode: Mode; t: Dictionary["reports"]["synthesis"] }) {
  if (!text && mode === "print") return null;
  return (
    <div className={cn("rounded-lg border-s-4 border-brand-600 bg-brand-50 px-4 py-3", mode === "print" && "bg-transparent")}>
      <p className="mb-1 text-sm font-medium text-brand-900">{t.bureauText}</p>
      {text ? <p className="leading-8 whitespace-pre-line text-stone-900">{text}</p> : <p className="text-stone-600">{t.notWritten}</p>}
    </div>
  );
}

/**
 * The synthesis as a document: introduction; the figures by region; each question with its figures
 * or the bodies' words, followed by the Bureau's text on it; the conclusion. Editable textareas in
 * "edit" mode, the saved text otherwise.
 */
export function SynthesisDocument({
  campaignId,
  questions,
  figures,
  narrative,
  sections,
  mode,
  locale,
  t,
}: {
  campaignId: number;
  questions: CampaignQuestion[];
  figures: FiguresData;
  narrative: Map<number, NarrativeRegion[]>;
  sections: Record<string, string>;
  mode: Mode;
  locale: Locale;
  t: Dictionary["reports"]["synthesis"];
}) {
  const text = (key: string, title: string) =>
    mode === "edit" ? (
      <SectionField name={key} label={fill(t.bureauTextFor, { section: title })} defaultValue={sections[key] ?? ""} />
    ) : (
      <BureauText text={sections[key]} mode={mode} t={t} />
    );
  return (
    <div className="space-y-6">
      <Section id="introduction" title={t.sections.introduction} mode={mode}>
        {text("introduction", t.sections.introduction)}
      </Section>
      {figures.questions.length ? (
        <Section id="figures" title={t.sections.figures} mode={mode}>
          <FiguresSummary data={figures} compact={mode === "print"} locale={locale} t={t} />
          {text("figures", t.sections.figures)}
        </Section>
      ) : null}
      {questions.map((q) => {
        const title = fill(t.questionSection, { position: q.position, label: q.label });
        return (
          <Section key={q.id} id={`q${q.id}`} title={title} mode={mode}>
            {q.kind === "number" ? (
              <QuestionFigures question={q} data={figures} locale={locale} t={t} />
            ) : (
              <NarrativeAnswers groups={narrative.get(q.id) ?? []} campaignId={campaignId} open={mode === "print"} locale={locale} t={t} />
            )}
            {text(String(q.id), title)}
          </Section>
        );
      })}
      <Section id="conclusion" title={t.sections.conclusion} mode={mode}>
        {text("conclusion", t.sections.conclusion)}
      </Section>
    </div>
  );
}
