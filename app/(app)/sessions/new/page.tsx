import type { Metadata } from "next";
import { SessionForm } from "@/components/sessions/session-form";
import { Card } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getDictionary } from "@/lib/i18n";
import { sessionName } from "@/lib/sessions/format";
import { nextOrdinal } from "@/lib/sessions/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return { title: t.sessions.newSession };
}

export default async function NewSessionPage() {
  const viewer = await requirePermission("session.manage");
  const { t } = await getDictionary();
  const s = t.sessions;
  const ordinal = await nextOrdinal(viewer);
  const word = s.ordinals[ordinal - 1];
  return (
    <div className="max-w-3xl">
      <PageHeader
        crumbs={<Breadcrumbs label={s.breadcrumbs} items={[{ href: "/sessions", label: s.title }, { label: s.newSession }]} />}
        title={s.newSession}
        description={sessionName(s, ordinal)}
      />
      <Card>
        <SessionForm
          mode="create"
          defaults={{
            ordinal: String(ordinal),
            title: word ? s.defaultTitle.replace("{ordinal}", word) : sessionName(s, ordinal),
            startsOn: "",
            endsOn: "",
            venue: "",
            city: "",
            description: "",
          }}
          cancelHref="/sessions"
          t={{ form: s.form, ordinals: s.ordinals, defaultTitle: s.defaultTitle, ordinalNumber: s.ordinalNumber }}
        />
      </Card>
    </div>
  );
}
