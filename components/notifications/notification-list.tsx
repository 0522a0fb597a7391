import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDateTime } from "@/lib/i18n/format";
import { MarkRead } from "./mark-read";

export interface NotificationRow {
  id: number;
  kind: string;
  title: string;
  body: string | null;
  href: string | null;
  createdAt: Date;
  readAt: Date | null;
}

const kindTones: Record<string, "amber" | "green" | "red" | "blue"> = {
  "report.returned": "amber",
  "report.accepted": "green",
  "campaign.reminder": "red",
  "campaign.opened": "blue",
};

/** The viewer's notifications, newest first; the unread ones stand out and can be marked read. */
export function NotificationList({ rows, locale, t }: { rows: NotificationRow[]; locale: Locale; t: Dictionary["notifications"] }) {
  return (
    <ul aria-label={t.listCaption} className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm">
      {rows.map((n) => {
        const unread = !n.readAt;
        const kind = (t.kinds as Record<string, string>)[n.kind] ?? t.kinds.other;
        return (
          <li key={n.id} className={cn("flex flex-col gap-2 p-4 sm:flex-row sm:items-start", unread && "border-s-4 border-s-brand-600 bg-brand-50/50")}>
            <div className="min-w-0 flex-1 space-y-1">
              <p className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
                <Badge tone={kindTones[n.kind] ?? "blue"}>{kind}</Badge>
                <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt, locale)}</time>
                {unread ? <span className="font-semibold text-brand-800">{t.unread}</span> : null}
              </p>
              <p className={cn("text-stone-900", unread ? "font-semibold" : "font-medium")}>
                {n.href ? (
                  <Link href={n.href} className="underline-offset-4 hover:underline">
                    {n.title}
                  </Link>
                ) : (
                  n.title
                )}
              </p>
              {n.body ? <p className="text-sm leading-6 whitespace-pre-line text-stone-700">{n.body}</p> : null}
            </div>
            {unread ? <MarkRead id={n.id} label={t.markRead} accessibleLabel={fill(t.markReadNamed, { title: n.title })} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
