"use client";

import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { SelectField } from "@/components/ui/form";

export interface ScopeOption {
  id: number;
  name: string;
}
export interface ProvinceOption extends ScopeOption {
  regionId: number;
}
export interface ScopeLabels {
  scope: string;
  region: string;
  chooseRegion: string;
  province: string;
  provinceHint: string;
  wholeRegion: string;
}

/**
 * The officer's territory: a region, and maybe one of its provinces. Shown only while the role is
 * officer; any other role is sent with no scope, as the schema requires.
 */
export function ScopeFields({ regions, provinces, labels }: { regions: ScopeOption[]; provinces: ProvinceOption[]; labels: ScopeLabels }) {
  const { control, getValues, setValue } = useFormContext();
  const role = useWatch({ control, name: "role" });
  const regionId = useWatch({ control, name: "scopeRegionId" });
  const provincesOfRegion = provinces.filter((p) => String(p.regionId) === String(regionId ?? ""));

  useEffect(() => {
    if (role === "officer") return;
    if (getValues("scopeRegionId")) setValue("scopeRegionId", "");
    if (getValues("scopeProvinceId")) setValue("scopeProvinceId", "");
  }, [role, getValues, setValue]);

  useEffect(() => {
    const provinceId = getValues("scopeProvinceId");
    if (provinceId && !provinces.some((p) => String(p.id) === String(provinceId) && String(p.regionId) === String(regionId))) {
      setValue("scopeProvinceId", "");
    }
  }, [regionId, provinces, getValues, setValue]);

  if (role !== "officer") return null;
  return (
    <fieldset className="space-y-4 rounded-lg border border-stone-200 p-3 sm:p-4">
      <legend className="px-1 text-sm font-semibold text-stone-900">{labels.scope}</legend>
      <SelectField
        name="scopeRegionId"
        label={labels.region}
        placeholder={labels.chooseRegion}
        options={regions.map((r) => ({ value: r.id, label: r.name }))}
        required
      />
      <SelectField
        name="scopeProvinceId"
        label={labels.province}
        hint={labels.provinceHint}
        placeholder={labels.wholeRegion}
        options={provincesOfRegion.map((p) => ({ value: p.id, label: p.name }))}
        disabled={!regionId}
      />
    </fieldset>
  );
}
