import Link from "next/link";
import { buttonClass } from "./button";

/** Previous / next links that keep the other query parameters. */
export function Pagination({
  page,
  pages,
  hrefFor,
  labels,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  labels: { previous: string; next: string; status: string; nav: string };
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="mt-4 flex items-center justify-between gap-2">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={buttonClass("secondary", "sm")} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-600">{labels.status}</span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} className={buttonClass("secondary", "sm")} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/**
 * Links of a list read by keyset: the first page, the previous and the next, each shown only when
 * there is such a page (a null address); no page number, since the list is not counted by pages.
 */
export function KeysetPagination({
  firstHref,
  previousHref,
  nextHref,
  labels,
}: {
  firstHref: string | null;
  previousHref: string | null;
  nextHref: string | null;
  labels: { first: string; previous: string; next: string; nav: string };
}) {
  if (!previousHref && !nextHref) return null;
  return (
    <nav aria-label={labels.nav} className="mt-4 flex flex-wrap items-center justify-between gap-2">
      <span className="flex flex-wrap gap-2">
        {firstHref ? (
          <Link href={firstHref} className={buttonClass("secondary", "sm")}>
            {labels.first}
          </Link>
        ) : null}
        {previousHref ? (
          <Link href={previousHref} className={buttonClass("secondary", "sm")} rel="prev">
            {labels.previous}
          </Link>
        ) : null}
      </span>
      {nextHref ? (
        <Link href={nextHref} className={buttonClass("secondary", "sm")} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** The address of a list page with its filters and one parameter changed (the page, say); blanks and page 1 dropped. */
export function listHref(path: string, params: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "" && !(key === "page" && value === 1)) query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
