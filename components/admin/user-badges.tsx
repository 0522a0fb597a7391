import { Badge } from "@/components/ui/badge";
import type { Role } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/config";
import { nameIn } from "@/lib/i18n/names";

const roleTones = { admin: "red", bureau: "blue", officer: "amber", member: "neutral" } as const;

export function RoleBadge({ role, t }: { role: Role; t: Dictionary }) {
  return <Badge tone={roleTones[role]}>{t.roles[role]}</Badge>;
}

export function ActiveBadge({ active, t }: { active: boolean; t: Dictionary }) {
  return <Badge tone={active ? "green" : "neutral"}>{active ? t.admin.active : t.admin.inactive}</Badge>;
}

/** Where an account acts: its province or region for an officer, the whole country for the others. */
export function scopeName(
  user: { role: Role; regionNameAr: string | null; regionNameFr: string | null; provinceNameAr: string | null; provinceNameFr: string | null },
  locale: Locale,
  t: Dictionary,
): string {
  if (user.role !== "officer") return t.common.national;
  const province = nameIn(locale, user.provinceNameAr, user.provinceNameFr);
  const region = nameIn(locale, user.regionNameAr, user.regionNameFr);
  return province ?? region ?? "—";
}
