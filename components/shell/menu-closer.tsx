"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

const hide = (menu: Element | null | undefined) => {
  if (menu instanceof HTMLElement && menu.matches(":popover-open")) menu.hidePopover();
};

/**
 * The shell's menus (popovers) close once a choice is made in them — a link followed, a button
 * pressed — and whenever the page changes, by a link elsewhere or the browser's back button.
 */
export function MenuCloser() {
  const pathname = usePathname();
  useEffect(() => document.querySelectorAll("[popover]").forEach(hide), [pathname]);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const choice = event.target instanceof Element ? event.target.closest("a[href], button:not([popovertarget])") : null;
      // after the click has done its work (a form's submit still sees its fields)
      if (choice) setTimeout(hide, 0, choice.closest("[popover]"));
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
  return null;
}
