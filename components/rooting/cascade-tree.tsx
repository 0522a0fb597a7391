import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { type Dictionary } from "@/lib/i18n/dictionary";
import { plural } from "@/lib/i18n/format";
import type { CascadeTraining } from "@/lib/rooting/cascade-queries";
import type { CascadeNode } from "@/lib/rooting/cascade-tree";
import { TrainingLevelBadge, TrainingStatusBadge } from "./training-badges";
import { trainingDates, trainingScope } from "./training-labels";

type Text = Dictionary["rooting"];
type Node = CascadeNode<CascadeTraining>;

const descendants = (node: Node): number => node.children.reduce((n, child) => n + 1 + descendants(child), 0);

function Branch({ node, depth, t, locale }: { node: Node; depth: number; t: Text; locale: Locale }) {
  const { training, children } = node;
  const list = (
    // each level down is set in by a rule on the start side: readable at 360 px for four levels
    <ul className="mt-2 space-y-2 border-s-2 border-brand-200 ps-3 sm:ps-8">
      {children.map((child) => (
        <Branch key={child.training.id} node={child} depth={depth + 1} t={t} locale={locale} />
      ))}
    </ul>
  );
  return (
    <li>
      <div className={depth === 0 ? "rounded-xl border border-stone-200 bg-white p-3 shadow-sm" : "rounded-lg border border-stone-100 bg-white px-3 py-2"}>
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <TrainingLevelBadge level={training.level} t={t} />
          <Link href={`/rooting/trainings/${training.id}`} className={`text-brand-800 underline-offset-4 hover:underline ${depth === 0 ? "text-lg font-bold" : "font-semibold"}`}>
            {training.title}
          </Link>
        </div>
        <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600">
          <span>{trainingDates(t, locale, training.startsOn, training.endsOn)}</span>
          <span aria-hidden="true">·</span>
          <span>{trainingScope(t, locale, training)}</span>
          {training.trained ? (
            <>
              <span aria-hidden="true">·</span>
              <span className="font-medium text-brand-900">{plural(training.trained, t.cascade.trained, locale)}</span>
            </>
          ) : null}
          <TrainingStatusBadge status={training.status} t={t} />
        </p>
      </div>
      {children.length === 0 ? null : depth === 0 ? (
        <details open className="mt-2">
          <summary className="cursor-pointer text-sm font-medium text-brand-800">{plural(descendants(node), t.cascade.below, locale)}</summary>
          {list}
        </details>
      ) : (
        list
      )}
    </li>
  );
}

/** Nested lists, from each regional (or national) meeting down to the trainings its trainers led. */
export function CascadeTree({ nodes, label, t, locale }: { nodes: Node[]; label: string; t: Text; locale: Locale }) {
  return (
    <ul aria-label={label} className="max-w-4xl space-y-5">
      {nodes.map((node) => (
        <Branch key={node.training.id} node={node} depth={0} t={t} locale={locale} />
      ))}
    </ul>
  );
}
