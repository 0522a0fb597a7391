import { Badge } from "@/components/ui/badge";
import type { MemberStatus } from "@/db/schema";

const tones = { active: "green", suspended: "amber", resigned: "neutral", deceased: "neutral" } as const;

export function MemberStatusBadge({ status, labels }: { status: MemberStatus; labels: Record<MemberStatus, string> }) {
  return <Badge tone={tones[status]}>{labels[status]}</Badge>;
}
