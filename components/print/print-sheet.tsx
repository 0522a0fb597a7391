import { FileDown } from "lucide-react";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { PartyMark } from "@/components/shell/party-mark";
import { PrintButton } from "./print-button";

/**
 * An A4 sheet: the party's header, the document, and — on screen only — the print and PDF buttons
 * and the way back.
 */
export function PrintSheet({
  party,
  kind,
  title,
  backHref,
  backLabel,
  pdfHref,
  labels,
  footer,
  children,
}: {
  party: string;
  kind: string;
  title: string;
  backHref: string;
  backLabel: string;
  pdfHref: string | null;
  labels: { print: string; pdf: string };
  footer: string;
  children: ReactNode;
}) {
  return (
    <>
      <div className="no-print mx-auto mb-4 flex max-w-[210mm] flex-wrap items-center gap-2">
        <PrintButton label={labels.print} />
        {pdfHref ? (
          <a href={pdfHref} className={buttonClass("secondary", "md")} download>
            <FileDown aria-hidden="true" size={18} />
            {labels.pdf}
          </a>
        ) : null}
        <a href={backHref} className={buttonClass("ghost", "md", "ms-auto")}>
          {backLabel}
        </a>
      </div>
      <article className="print-sheet mx-auto max-w-[210mm] rounded-lg border border-stone-200 bg-white px-[12mm] py-[14mm] text-stone-900 shadow-sm">
        <header className="mb-6 flex items-center gap-3 border-b-2 border-brand-700 pb-4">
          <PartyMark />
          <div className="min-w-0">
            <p className="text-lg font-bold text-brand-900" data-testid="print-party">
              {party}
            </p>
            <p className="text-sm text-stone-600">{kind}</p>
          </div>
        </header>
        <h1 className="mb-4 text-2xl font-bold">{title}</h1>
        {children}
        <footer className="mt-8 border-t border-stone-200 pt-2 text-xs text-stone-500">{footer}</footer>
      </article>
    </>
  );
}
