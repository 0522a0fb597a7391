import { ButtonLink } from "@/components/ui/button";
import { getDictionary } from "@/lib/i18n";

export default async function NotFound() {
  const { t } = await getDictionary();
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-lg flex-col items-center justify-center px-4 text-center">
      <p className="text-5xl font-bold text-brand-700 tabular-nums">404</p>
      <h1 className="mt-2 text-2xl font-bold">{t.pages.notFoundTitle}</h1>
      <p className="mt-2 text-stone-600">{t.pages.notFoundBody}</p>
      <ButtonLink href="/" className="mt-6">
        {t.pages.home}
      </ButtonLink>
    </main>
  );
}
