"use client";

import Link from "next/link";
import { MemberPicker, type MemberPickerLabels } from "@/components/members/member-picker";
import { buttonClass } from "@/components/ui/button";
import { ActionForm, SubmitButton, TextField, useActionForm } from "@/components/ui/form";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { assignPaper, updateAssignment } from "@/lib/papers/actions";
import type { MemberChoice } from "@/lib/papers/queries";

/** Names a workshop's paper, its due date and its assignees; or changes them (manage). */
export function AssignmentForm({
  mode,
  workshopId,
  paperId,
  version,
  title,
  dueOn,
  dueMax,
  assignees,
  cancelHref,
  t,
  picker,
}: {
  mode: "create" | "edit";
  workshopId?: number;
  paperId?: number;
  /** in an edit: the paper's version when the page loaded it */
  version?: number;
  title: string;
  dueOn: string;
  dueMax: string;
  assignees: MemberChoice[];
  cancelHref: string;
  t: Dictionary["papers"]["assign"];
  picker: MemberPickerLabels;
}) {
  const controller = useActionForm(() => import("@/lib/papers/schemas").then((m) => m.assignmentFormSchema), mode === "edit" ? updateAssignment : assignPaper, {
    workshopId: workshopId ? String(workshopId) : "",
    paperId: paperId ? String(paperId) : "",
    ...(mode === "edit" && version ? { version: String(version) } : {}),
    title,
    dueOn,
    assigneeIds: assignees.map((m) => String(m.id)),
  });
  const { form } = controller;
  return (
    <ActionForm controller={controller}>
      {mode === "edit" ? <input type="hidden" {...form.register("paperId")} defaultValue={paperId} /> : <input type="hidden" {...form.register("workshopId")} defaultValue={workshopId} />}
      <TextField name="title" label={t.paperTitle} defaultValue={title} required autoComplete="off" maxLength={200} />
      <TextField name="dueOn" label={t.dueOn} hint={t.dueHint} defaultValue={dueOn} type="date" max={dueMax} required dir="ltr" className="max-w-56" />
      <MemberPicker name="assigneeIds[]" purpose="paper" multiple required label={t.assignees} hint={t.assigneesHint} initial={assignees} labels={picker} />
      <div className="flex flex-wrap gap-2 border-t border-stone-200 pt-4">
        <SubmitButton pending={controller.pending}>{mode === "edit" ? t.save : t.submit}</SubmitButton>
        <Link href={cancelHref} className={buttonClass("secondary", "md")}>
          {t.cancel}
        </Link>
      </div>
    </ActionForm>
  );
}
