import type { ReactNode } from "react";
import type { MemberPickerLabels } from "@/components/members/member-picker";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatNumber } from "@/lib/i18n/format";
import { removeTrainingPerson, setAttendanceCount } from "@/lib/rooting/training-people-actions";
import type { TrainingPerson, TrainingSections } from "@/lib/rooting/training-queries";
import { RemoveButton } from "./training-buttons";
import { CountForm, LeaderForm, PersonForm } from "./training-part-forms-lazy";
import { nameIn } from "@/lib/i18n/names";

type Text = Dictionary["rooting"];
type Choice = { value: number; label: string };
type Role = TrainingPerson["role"];

export interface PeopleRights {
  trainingId: number;
  /** the Bureau on any training, an officer on a provincial or local one of their scope */
  manage: boolean;
  /** the provinces whose people and counts the viewer records here */
  provinces: Choice[];
}

const canRemove = (rights: PeopleRights, provinceId: number | null) => rights.manage || (provinceId !== null && rights.provinces.some((p) => p.value === provinceId));

function PeopleList({ people, role, rights, t, locale }: { people: TrainingPerson[]; role: Role; rights: PeopleRights; t: Text; locale: Locale }) {
  const lines = people.filter((p) => p.role === role);
  if (!lines.length) return <p className="text-sm text-stone-600">{t.record.nobody}</p>;
  return (
    <ul className="divide-y divide-stone-100">
      {lines.map((person) => {
        const province = person.provinceNameAr ? nameIn(locale, person.provinceNameAr, person.provinceNameFr) : null;
        return (
          <li key={person.memberId} className="flex items-start justify-between gap-2 py-2">
            <div className="min-w-0 flex-1">
              <span className="font-medium text-stone-900">{person.fullNameAr}</span>
              {province ? (
                <span className="text-sm text-stone-600"> — {fill(role === "trained_trainer" ? t.record.trainedFor : t.record.fromProvince, { province })}</span>
              ) : null}
            </div>
            {canRemove(rights, person.provinceId) ? (
              <RemoveButton
                action={removeTrainingPerson}
                fields={{ trainingId: rights.trainingId, memberId: person.memberId, role }}
                label={fill(t.record.remove, { name: person.fullNameAr })}
                short={t.record.removeShort}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function Group({ id, title, hint, children }: { id: string; title: string; hint?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="font-semibold text-stone-900">
        {title}
      </h3>
      {hint ? <p className="text-sm text-stone-600">{hint}</p> : null}
      {children}
    </section>
  );
}

/** Trainers, attending Bureau members, named participants and the counts per province. */
export function AttendanceSection({ sections, rights, t, locale, picker }: { sections: TrainingSections; rights: PeopleRights; t: Text; locale: Locale; picker: MemberPickerLabels }) {
  const total = sections.counts.reduce((sum, c) => sum + c.count, 0) + sections.people.filter((p) => p.role === "participant").length;
  const recordsHere = rights.provinces.length > 0;
  return (
    <div className="space-y-6">
      {(["trainer", "bureau"] as const).map((role) => (
        <Group key={role} id={`people-${role}`} title={t.roles[role]}>
          <PeopleList people={sections.people} role={role} rights={rights} t={t} locale={locale} />
          {rights.manage ? <PersonForm trainingId={rights.trainingId} role={role} label={t.roles[role]} t={t.add} picker={picker} /> : null}
        </Group>
      ))}
      <Group id="people-participant" title={t.roles.participant} hint={t.roleHints.participant}>
        <PeopleList people={sections.people} role="participant" rights={rights} t={t} locale={locale} />
        {recordsHere ? <PersonForm trainingId={rights.trainingId} role="participant" label={t.roles.participant} t={t.add} picker={picker} /> : null}
      </Group>
      <Group id="people-counts" title={t.record.counts} hint={t.record.countsHint}>
        {sections.counts.length ? (
          <ul className="divide-y divide-stone-100">
            {sections.counts.map((c) => (
              <li key={c.provinceId} className="flex items-center justify-between gap-2 py-2">
                <span>{fill(t.record.countLine, { province: nameIn(locale, c.nameAr, c.nameFr), count: formatNumber(c.count, locale) })}</span>
                {canRemove(rights, c.provinceId) ? (
                  <RemoveButton
                    action={setAttendanceCount}
                    fields={{ trainingId: rights.trainingId, provinceId: c.provinceId, count: 0 }}
                    label={fill(t.record.remove, { name: nameIn(locale, c.nameAr, c.nameFr) })}
                    short={t.record.removeShort}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600">{t.record.noCounts}</p>
        )}
        <p className="font-medium text-stone-800">{fill(t.record.totalPresent, { count: formatNumber(total, locale) })}</p>
        {recordsHere ? <CountForm trainingId={rights.trainingId} provinces={rights.provinces} t={t.add} /> : null}
      </Group>
    </div>
  );
}

/** The trainers this training trained (each for a province) and, one level down, who led it. */
export function TrainersSection({
  sections,
  rights,
  leaders,
  hasParent,
  showLeaders,
  t,
  locale,
  picker,
}: {
  sections: TrainingSections;
  rights: PeopleRights;
  leaders: Choice[];
  hasParent: boolean;
  showLeaders: boolean;
  t: Text;
  locale: Locale;
  picker: MemberPickerLabels;
}) {
  return (
    <div className="space-y-6">
      {showLeaders ? (
        <Group id="people-leader" title={t.roles.leader} hint={t.roleHints.leader}>
          <PeopleList people={sections.people} role="leader" rights={rights} t={t} locale={locale} />
          {rights.manage ? (
            !hasParent ? (
              <p className="text-sm text-amber-900">{t.add.needsParent}</p>
            ) : leaders.length ? (
              <LeaderForm trainingId={rights.trainingId} choices={leaders} t={t.add} />
            ) : (
              <p className="text-sm text-stone-600">{t.add.noLeaders}</p>
            )
          ) : null}
        </Group>
      ) : null}
      <Group id="people-trained" title={t.roles.trained_trainer} hint={t.roleHints.trained_trainer}>
        <PeopleList people={sections.people} role="trained_trainer" rights={rights} t={t} locale={locale} />
        {rights.provinces.length ? (
          <PersonForm trainingId={rights.trainingId} role="trained_trainer" label={t.roles.trained_trainer} provinces={rights.provinces} t={t.add} picker={picker} />
        ) : null}
      </Group>
    </div>
  );
}
