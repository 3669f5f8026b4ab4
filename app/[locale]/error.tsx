"use client";

import { useTranslations } from "next-intl";

/** Shown when a page fails on the server; the shopper can retry without losing their place. */
export default function PageError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <div className="py-12 text-center" role="alert">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-stone-600">{t("text")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-lg bg-saffron-700 px-4 py-2 font-medium text-white">
        {t("retry")}
      </button>
    </div>
  );
}
