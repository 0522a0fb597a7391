import { ButtonLink } from "@/components/ui/button";
import { getDictionary } from "@/lib/i18n";

export default async function Forbidden() {
  const { t } = await getDictionary();
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-lg flex-col items-center justify-center px-4 text-center">
      <p className="text-5xl font-bold text-accent-600 tabular-nums">403</p>
      <h1 className="mt-2 text-2xl font-bold">{t.pages.forbiddenTitle}</h1>
      <p className="mt-2 text-stone-600">{t.pages.forbiddenBody}</p>
      <ButtonLink href="/" className="mt-6">
        {t.pages.home}
      </ButtonLink>
    </main>
  );
}
