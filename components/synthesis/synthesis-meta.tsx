import type { EvaluationCampaign } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { formatDate, plural } from "@/lib/i18n/format";

/** Where the synthesis is studied, and which reports it rests on. */
export function SynthesisMeta({ campaign, reports, locale, t }: { campaign: EvaluationCampaign; reports: number; locale: Locale; t: Dictionary["reports"]["synthesis"] }) {
  const meeting = campaign.synthesisMeeting
    ? campaign.synthesisMeetingOn
      ? fill(t.meeting, { meeting: campaign.synthesisMeeting, date: formatDate(campaign.synthesisMeetingOn, locale) })
      : fill(t.meetingNoDate, { meeting: campaign.synthesisMeeting })
    : t.noMeeting;
  return (
    <div className="space-y-1 text-stone-700">
      <p className="font-medium text-stone-900">{meeting}</p>
      <p className="text-sm">{plural(reports, t.counted, locale)}</p>
    </div>
  );
}
