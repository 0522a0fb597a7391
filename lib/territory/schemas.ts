import { cellKinds } from "@/db/schema/territory";
import { v, z } from "@/lib/validation";
import { branchFormValues, cellFormValues, type BranchRecord, type CellRecord } from "./values";

export { branchFormValues, cellFormValues, type BranchRecord, type CellRecord };

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

