import type { ComponentProps } from "react";
import { cn } from "./cn";

/**
 * A table that scrolls sideways on a phone instead of breaking the page. Its frame takes the
 * keyboard's focus, so that a table wider than the screen scrolls with the arrow keys too; named by
 * the caption, it is a region a screen reader lists.
 */
export function Table({ className, caption, children, ...props }: ComponentProps<"table"> & { caption?: string }) {
  return (
    <div
      role={caption ? "region" : undefined}
      aria-label={caption}
      tabIndex={0}
      className="overflow-x-auto rounded-xl border border-stone-200 bg-white shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      <table className={cn("w-full text-start text-sm", className)} {...props}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}
export function Th({ className, ...props }: ComponentProps<"th">) {
  return <th scope="col" className={cn("bg-stone-100 px-3 py-2.5 text-start font-semibold text-stone-700 whitespace-nowrap", className)} {...props} />;
}
export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("border-t border-stone-100 px-3 py-2.5 align-top", className)} {...props} />;
}
