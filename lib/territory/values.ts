import type { CellKind } from "@/db/schema/territory";
import type { BranchInput, CellInput } from "./schemas";

// The values the forms and the schemas share, without zod: a client component imports them from
// here, since importing anything from schemas.ts brings zod (about 28 kB gzip) into its page.

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
