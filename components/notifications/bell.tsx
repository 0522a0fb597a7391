import { Bell } from "lucide-react";
import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { plural, type PluralMessage } from "@/lib/i18n/intl";

/** The header's bell: a link to the notifications, with the number of unread ones. */
export function NotificationBell({ count, labels, locale }: { count: number; labels: { bell: string; bellUnread: PluralMessage }; locale: Locale }) {
  const shown = count > 99 ? "99+" : String(count);
  return (
    <Link
      href="/notifications"
      aria-label={count > 0 ? plural(count, labels.bellUnread, locale) : labels.bell}
      className="relative flex size-11 items-center justify-center rounded-lg text-stone-700 hover:bg-stone-100"
      data-testid="notification-bell"
    >
      <Bell aria-hidden="true" size={21} />
      {count > 0 ? (
        <span
          aria-hidden="true"
          className="absolute end-1 top-1 min-w-5 rounded-full bg-accent-600 px-1 text-center text-[0.7rem] leading-5 font-bold text-white tabular-nums"
        >
          {shown}
        </span>
      ) : null}
    </Link>
  );
}
