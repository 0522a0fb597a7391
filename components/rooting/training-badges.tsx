import { Badge } from "@/components/ui/badge";
import type { Dictionary } from "@/lib/i18n/dictionary";

type Text = Dictionary["rooting"];
const statusTones = { planned: "blue", held: "amber", reported: "green" } as const;

export function TrainingStatusBadge({ status, t }: { status: keyof typeof statusTones; t: Text }) {
  return <Badge tone={statusTones[status]}>{t.statuses[status]}</Badge>;
}

export function TrainingLevelBadge({ level, t }: { level: keyof Text["levels"]; t: Text }) {
  return <Badge>{t.levels[level]}</Badge>;
}
