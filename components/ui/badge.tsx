import type { ReactNode } from "react";
import { cn } from "./cn";

type Tone = "neutral" | "green" | "red" | "amber" | "blue";
const tones: Record<Tone, string> = {
  neutral: "bg-stone-100 text-stone-800",
  green: "bg-brand-100 text-brand-900",
  red: "bg-red-100 text-red-900",
  amber: "bg-amber-100 text-amber-900",
  blue: "bg-sky-100 text-sky-900",
};

export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={cn("inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium", tones[tone])}>{children}</span>;
}
