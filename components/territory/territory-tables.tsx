import { ButtonLink } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { BranchRow, ProvinceRow, RegionRow } from "@/lib/territory/queries";
import type { CellKind } from "@/db/schema";
import { PlaceName } from "./place-name";

function Count({ value, locale }: { value: number; locale: Locale }) {
  return <Td className="tabular-nums">{formatNumber(value, locale)}</Td>;
}

export function RegionsTable({ rows, t, locale }: { rows: RegionRow[]; t: Dictionary; locale: Locale }) {
  return (
    <Table caption={t.territory.regionsCaption}>
      <thead>
        <tr>
          <Th>{t.territory.code}</Th>
          <Th>{t.territory.region}</Th>
          <Th>{t.territory.provinces}</Th>
          <Th>{t.territory.branches}</Th>
          <Th>{t.territory.cells}</Th>
          <Th>{t.territory.activeMembers}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <Td className="tabular-nums text-stone-600">{r.code}</Td>
            <Td className="min-w-44">
              <PlaceName locale={locale} nameAr={r.nameAr} nameFr={r.nameFr} href={`/territory/regions/${r.id}`} />
            </Td>
            <Count value={r.provinces} locale={locale} />
            <Count value={r.branches} locale={locale} />
            <Count value={r.cells} locale={locale} />
            <Count value={r.activeMembers} locale={locale} />
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function ProvincesTable({ rows, t, locale }: { rows: ProvinceRow[]; t: Dictionary; locale: Locale }) {
  return (
    <Table caption={t.territory.provincesCaption}>
      <thead>
        <tr>
          <Th>{t.territory.province}</Th>
          <Th>{t.territory.branches}</Th>
          <Th>{t.territory.cells}</Th>
          <Th>{t.territory.activeMembers}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.id}>
            <Td className="min-w-44">
              <PlaceName locale={locale} nameAr={p.nameAr} nameFr={p.nameFr} href={`/territory/provinces/${p.id}`} />
            </Td>
            <Count value={p.branches} locale={locale} />
            <Count value={p.cells} locale={locale} />
            <Count value={p.activeMembers} locale={locale} />
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function BranchesTable({ rows, t, locale }: { rows: BranchRow[]; t: Dictionary; locale: Locale }) {
  return (
    <Table caption={t.territory.branchesCaption}>
      <thead>
        <tr>
          <Th>{t.territory.branch}</Th>
          <Th>{t.territory.town}</Th>
          <Th>{t.territory.cells}</Th>
          <Th>{t.territory.activeMembers}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((b) => (
          <tr key={b.id}>
            <Td className="min-w-44">
              <PlaceName locale={locale} nameAr={b.nameAr} nameFr={b.nameFr} href={`/territory/branches/${b.id}`} />
            </Td>
            <Td>{b.town}</Td>
            <Count value={b.cells} locale={locale} />
            <Count value={b.activeMembers} locale={locale} />
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export interface CellRow {
  id: number;
  name: string;
  kind: CellKind;
  foundedOn: string | null;
  membersCount: number | null;
}

export function CellsTable({ rows, t, locale, manageable }: { rows: CellRow[]; t: Dictionary; locale: Locale; manageable: boolean }) {
  return (
    <Table caption={t.territory.cellsCaption}>
      <thead>
        <tr>
          <Th>{t.territory.cellName}</Th>
          <Th>{t.territory.kind}</Th>
          <Th>{t.territory.foundedOn}</Th>
          <Th>{t.territory.cellMembersShort}</Th>
          {manageable ? (
            // relative: an absolutely placed sr-only label would otherwise widen the whole page when the table scrolls
            <Th className="relative">
              <span className="sr-only">{t.common.actions}</span>
            </Th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <Td className="min-w-40 font-medium">{c.name}</Td>
            <Td className="whitespace-nowrap">{t.territory.kinds[c.kind]}</Td>
            <Td className="whitespace-nowrap">{c.foundedOn ? formatDate(c.foundedOn, locale) : "—"}</Td>
            <Td className="tabular-nums">{c.membersCount == null ? "—" : formatNumber(c.membersCount, locale)}</Td>
            {manageable ? (
              <Td className="text-end">
                <ButtonLink href={`/territory/cells/${c.id}/edit`} variant="secondary" size="sm" aria-label={`${t.territory.editCell}: ${c.name}`}>
                  {t.common.edit}
                </ButtonLink>
              </Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
