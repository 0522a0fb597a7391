"use client";

import { usePathname, useSearchParams } from "next/navigation";

/** A hidden field holding the page being viewed, path and query string, for a form that comes back to it. */
export function CurrentPageInput({ name }: { name: string }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return <input type="hidden" name={name} value={query ? `${pathname}?${query}` : pathname} />;
}
