import { Badge } from "@/components/ui/badge";
import type { SessionStatus } from "@/db/schema/sessions";

const tones = { draft: "amber", convened: "green", held: "blue", closed: "neutral" } as const;

export function SessionStatusBadge({ status, labels }: { status: SessionStatus; labels: Record<SessionStatus, string> }) {
  return <Badge tone={tones[status]}>{labels[status]}</Badge>;
}
