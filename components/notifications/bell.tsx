import { Bell } from "lucide-react";
import Link from "next/link";
import { fill } from "@/lib/i18n/dictionary";

/** The header's bell: a link to the notifications, with the number of unread ones. */
export function NotificationBell({ count, labels }: { count: number; labels: { bell: string; bellUnread: string } }) {
  const shown = count > 99 ? "99+" : String(count);
  return (
    <Link
      href="/notifications"
      aria-label={count > 0 ? fill(labels.bellUnread, { count }) : labels.bell}
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
