import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { UserListRow } from "@/lib/admin/queries";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { formatDateTime } from "@/lib/i18n/format";
import { ActiveBadge, RoleBadge, scopeName } from "./user-badges";

export function UsersTable({ rows, t, locale }: { rows: UserListRow[]; t: Dictionary; locale: Locale }) {
  return (
    <Table caption={t.admin.usersCaption}>
      <thead>
        <tr>
          <Th>{t.admin.name}</Th>
          <Th>{t.admin.email}</Th>
          <Th>{t.admin.role}</Th>
          <Th>{t.admin.scope}</Th>
          <Th>{t.admin.status}</Th>
          <Th>{t.admin.lastSignIn}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((user) => (
          <tr key={user.id} className="hover:bg-stone-50">
            <Td className="font-medium whitespace-nowrap">
              <Link href={`/admin/users/${user.id}`} className="text-brand-800 underline-offset-4 hover:underline">
                {user.name}
              </Link>
            </Td>
            <Td>
              <span dir="ltr" className="whitespace-nowrap">
                {user.email}
              </span>
            </Td>
            <Td className="whitespace-nowrap">
              <RoleBadge role={user.role} t={t} />
            </Td>
            <Td className="whitespace-nowrap">{scopeName(user, locale, t)}</Td>
            <Td className="whitespace-nowrap">
              <ActiveBadge active={user.active} t={t} />
            </Td>
            <Td className="whitespace-nowrap text-stone-700">{user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t.admin.neverSignedIn}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
