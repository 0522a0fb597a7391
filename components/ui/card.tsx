import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

export function Card({ className, ...props }: ComponentProps<"section">) {
  return <section className={cn("rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-5", className)} {...props} />;
}

export function CardTitle({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
      <h2 className="text-lg font-semibold text-stone-900">{children}</h2>
      {action}
    </div>
  );
}

export function Stat({ label, value, href }: { label: string; value: string | number; href?: string }) {
  const body = (
    <>
      <div className="text-sm text-stone-600">{label}</div>
      <div className="mt-1 text-2xl font-bold text-brand-800 tabular-nums">{value}</div>
    </>
  );
  return href ? (
    <a href={href} className="block rounded-xl border border-stone-200 bg-white p-4 shadow-sm hover:border-brand-500">
      {body}
    </a>
  ) : (
    <div className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">{body}</div>
  );
}
