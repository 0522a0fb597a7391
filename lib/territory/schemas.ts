import { cellKinds, type CellKind } from "@/db/schema/territory";
import { v, z } from "@/lib/validation";

const branchFields = {
  nameAr: v.text(200),
  nameFr: v.optionalText(200),
  town: v.text(200),
  address: v.optionalText(500),
  provinceId: v.id(),
};

export const createBranchSchema = z.object(branchFields);
/** `version`: the record's version when the form loaded it (lib/concurrency.ts). */
export const updateBranchSchema = z.object({ id: v.id(), version: v.id(), ...branchFields });

const cellFields = {
  name: v.text(200),
  kind: z.enum(cellKinds),
  foundedOn: v.optionalDate(),
  membersCount: v.optionalInt(0, 100_000),
};

export const createCellSchema = z.object({ branchId: v.id(), ...cellFields });
export const updateCellSchema = z.object({ id: v.id(), version: v.id(), ...cellFields });

/** Deleting names only the record; where it sits is read from the database, never from the form. */
export const deleteByIdSchema = z.object({ id: v.id() });

export type BranchInput = z.input<typeof updateBranchSchema>;
export type CellInput = z.input<typeof updateCellSchema>;

export interface BranchRecord {
  id: number;
  version: number;
  nameAr: string;
  nameFr: string | null;
  town: string;
  address: string | null;
  provinceId: number;
}

/** A branch as its edit form holds it: what the page loads, and what a stale save shows beside the form. */
export function branchFormValues(branch: BranchRecord) {
  return {
    id: String(branch.id),
    version: String(branch.version),
    nameAr: branch.nameAr,
    nameFr: branch.nameFr ?? "",
    town: branch.town,
    address: branch.address ?? "",
    provinceId: String(branch.provinceId),
  } satisfies BranchInput;
}

export interface CellRecord {
  id: number;
  version: number;
  name: string;
  kind: CellKind;
  foundedOn: string | null;
  membersCount: number | null;
}

/** A cell as its edit form holds it. */
export function cellFormValues(cell: CellRecord) {
  return {
    id: String(cell.id),
    version: String(cell.version),
    name: cell.name,
    kind: cell.kind,
    foundedOn: cell.foundedOn ?? "",
    membersCount: cell.membersCount == null ? "" : String(cell.membersCount),
  } satisfies CellInput;
}
