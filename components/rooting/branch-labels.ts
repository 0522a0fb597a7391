import { rootingActivityKinds } from "@/lib/rooting/schemas";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { ActivityFormLabels } from "./branch-activity-form";

export function activityFormLabels(t: Dictionary, submit: string): ActivityFormLabels {
  const b = t.rooting.branchRooting;
  return {
    date: b.date,
    kind: b.kind,
    chooseKind: b.chooseKind,
    description: b.description,
    peopleReached: b.peopleReached,
    peopleReachedHint: b.peopleReachedHint,
    submit,
    cancel: t.common.cancel,
    saved: b.activityAdded,
  };
}

export function activityKindOptions(t: Dictionary) {
  return rootingActivityKinds.map((kind) => ({ value: kind, label: t.rooting.branchRooting.kinds[kind] }));
}
