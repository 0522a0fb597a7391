import { Sprout } from "lucide-react";
import { cn } from "@/components/ui/cn";

/** The app's mark beside the party's name (a party logo, when configured, can replace it). */
export function PartyMark({ size = "md" }: { size?: "md" | "lg" }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "flex shrink-0 items-center justify-center bg-brand-700 text-white",
        size === "lg" ? "size-14 rounded-2xl" : "size-9 rounded-lg",
      )}
    >
      <Sprout size={size === "lg" ? 30 : 20} strokeWidth={2.2} />
    </span>
  );
}
