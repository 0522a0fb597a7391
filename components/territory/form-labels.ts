import type { CellKind } from "@/db/schema/territory";
import { cellKinds } from "@/db/schema/territory";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { BranchFormLabels } from "./branch-form";
import type { CellFormLabels } from "./cell-form";
import type { ConfirmDeleteLabels } from "@/components/ui/confirm-delete";
import { nameIn } from "@/lib/i18n/names";

export function branchFormLabels(t: Dictionary, submit: string): BranchFormLabels {
  return {
    nameAr: t.territory.branchNameAr,
    nameArHint: t.territory.branchNameHint,
    nameFr: t.territory.branchNameFr,
    town: t.territory.town,
    address: t.territory.address,
    province: t.territory.province,
    provinceHint: t.territory.provinceHint,
    chooseProvince: t.territory.chooseProvince,
    submit,
    cancel: t.common.cancel,
  };
}

export function cellFormLabels(t: Dictionary, submit: string): CellFormLabels {
  return {
    name: t.territory.cellName,
    kind: t.territory.cellKind,
    chooseKind: t.territory.chooseKind,
    foundedOn: t.territory.foundedOn,
    membersCount: t.territory.cellMembers,
    membersCountHint: t.territory.cellMembersHint,
    submit,
    cancel: t.common.cancel,
  };
}

export function cellKindOptions(t: Dictionary): { value: CellKind; label: string }[] {
  return cellKinds.map((kind) => ({ value: kind, label: t.territory.kinds[kind] }));
}

export function deleteLabels(t: Dictionary, trigger: string, question: string): ConfirmDeleteLabels {
  return { trigger, question, confirm: t.common.confirmDelete, cancel: t.common.cancel, pending: t.territory.deleting };
}

interface ManageableProvince {
  id: number;
  nameAr: string;
  nameFr: string;
  regionId: number;
  regionNameAr: string;
  regionNameFr: string;
}

/** The province choices; the region is named only when they span more than one. */
export function provinceOptions(provinces: ManageableProvince[], locale: Locale): { value: number; label: string }[] {
  const manyRegions = new Set(provinces.map((p) => p.regionId)).size > 1;
  return provinces.map((p) => {
    const name = nameIn(locale, p.nameAr, p.nameFr);
    return { value: p.id, label: manyRegions ? `${name} — ${nameIn(locale, p.regionNameAr, p.regionNameFr)}` : name };
  });
}
