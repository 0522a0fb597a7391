"use client";

import { useErrorText } from "@/components/ui/i18n-context";

// Error boundaries are client components: the words come from the provider's strings.
export default function AppError({ reset }: { error: Error; reset: () => void }) {
  const errorText = useErrorText();
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6 text-red-900">
      <p className="font-semibold">{errorText("unexpected")}</p>
      <button type="button" onClick={reset} className="mt-3 rounded-lg bg-white px-3 py-2 text-sm font-medium text-red-900 ring-1 ring-red-200">
        ↻
      </button>
    </div>
  );
}
