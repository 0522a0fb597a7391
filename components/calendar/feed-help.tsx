import { Card } from "@/components/ui/card";
import type { Dictionary } from "@/lib/i18n/dictionary";

/** The private feed in plain words: what it is, how to add it to the usual calendar apps, that it is personal and renewable. */
export function FeedHelp({ t }: { t: Dictionary["calendar"]["subscription"]["help"] }) {
  return (
    <Card className="space-y-5">
      <section aria-labelledby="feed-what">
        <h2 id="feed-what" className="mb-1.5 text-lg font-semibold text-stone-900">
          {t.whatTitle}
        </h2>
        <p className="text-sm leading-relaxed text-stone-700">{t.what}</p>
      </section>
      <section aria-labelledby="feed-how">
        <h2 id="feed-how" className="mb-1.5 text-lg font-semibold text-stone-900">
          {t.howTitle}
        </h2>
        <p className="mb-3 text-sm text-stone-700">{t.how}</p>
        <div className="space-y-4">
          {t.apps.map((app, i) => (
            <section key={app.name} aria-labelledby={`feed-app-${i}`}>
              <h3 id={`feed-app-${i}`} className="mb-1 font-semibold text-stone-900">
                {app.name}
              </h3>
              <ol className="list-decimal space-y-1 ps-5 text-sm leading-relaxed text-stone-700">
                {app.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      </section>
      <section aria-labelledby="feed-personal">
        <h2 id="feed-personal" className="mb-1.5 text-lg font-semibold text-stone-900">
          {t.personalTitle}
        </h2>
        <p className="text-sm leading-relaxed text-stone-700">{t.personal}</p>
      </section>
    </Card>
  );
}
