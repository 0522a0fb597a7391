import type { Metadata } from "next";
import { ClearLockForm } from "@/components/admin/clear-lock-form";
import { EmptyState } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listSignInLocks } from "@/lib/admin/lock-queries";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.admin.locks.title };
}

export default async function SignInLocksPage() {
  const viewer = await requirePermission("user.manage");
  const { t, locale } = await getDictionary();
  const l = t.admin.locks;
  const locks = await listSignInLocks(viewer);
  return (
    <>
      <PageHeader title={l.title} description={l.intro} />
      {locks.length ? (
        <Table caption={l.caption}>
          <thead>
            <tr>
              <Th>{l.kind}</Th>
              <Th>{l.account}</Th>
              <Th>{l.address}</Th>
              <Th>{l.failures}</Th>
              <Th>{l.until}</Th>
              <Th>
                <span className="sr-only">{l.clear}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {locks.map((lock) => {
              const account = lock.email ?? l.anyAccount;
              const address = lock.ip ?? l.anyAddress;
              return (
                <tr key={`${lock.kind}|${lock.email}|${lock.ip}`}>
                  <Td>{l.kinds[lock.kind]}</Td>
                  <Td>
                    <span dir={lock.email ? "ltr" : undefined}>{account}</span>
                  </Td>
                  <Td>
                    <span dir={lock.ip ? "ltr" : undefined}>{address}</span>
                  </Td>
                  <Td>{formatNumber(lock.failures, locale)}</Td>
                  <Td>{formatDateTime(lock.until, locale)}</Td>
                  <Td>
                    <ClearLockForm lock={lock} labels={{ submit: l.clear, name: `${l.clear}: ${account} — ${address}` }} />
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      ) : (
        <EmptyState title={l.none} />
      )}
    </>
  );
}
