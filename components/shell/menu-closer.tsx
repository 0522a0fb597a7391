"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect } from "react";

function openMenus(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>("[popover]")).filter((el) => el.matches(":popover-open"));
}

/**
 * The shell's menus (popovers) close once a choice is made in them — a link followed, a button
 * pressed — and whenever the page changes, by a link elsewhere or the browser's back button.
 */
export function MenuCloser() {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  useEffect(() => {
    for (const menu of openMenus()) menu.hidePopover();
  }, [pathname, query]);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const choice = target?.closest("a[href], button:not([popovertarget])");
      const menu = choice?.closest<HTMLElement>("[popover]");
      // after the click has done its work (a form's submit still sees its fields)
      if (menu) setTimeout(() => menu.matches(":popover-open") && menu.hidePopover(), 0);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
  return null;
}
