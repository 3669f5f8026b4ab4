import { getTranslations } from "next-intl/server";
import { StoreLink } from "./store-link";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import type { ProductDetail } from "@/server/catalog/get-product";
import { LocalizedText } from "./localized-text";

/** Origin village, harvest and certification: why this saffron is not any saffron. */
export async function Provenance({ provenance, locale }: { provenance: ProductDetail["provenance"]; locale: Locale }) {
  const t = await getTranslations({ locale });
  return (
    <section className="rounded-xl bg-white p-4 ring-1 ring-stone-200" aria-labelledby="provenance-title" data-testid="provenance">
      <h2 id="provenance-title" className="mb-2 font-semibold text-leaf-700">
        {t("product.provenance")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {provenance.origin.length > 0 && (
          <>
            <dt className="text-stone-500">{t("product.origin")}</dt>
            <dd>
              {provenance.origin.map((region, index) => (
                <span key={region.slug}>
                  {index > 0 && " · "}
                  <StoreLink href={`/regions/${region.slug}`} className="underline-offset-2 hover:underline">
                    {region.name.text}
                  </StoreLink>
                </span>
              ))}
            </dd>
          </>
        )}
        {provenance.harvestedOn ? (
          <>
            <dt className="text-stone-500">{t("product.harvested")}</dt>
            <dd data-testid="harvest-date">
              <time dateTime={provenance.harvestedOn}>{formatDate(provenance.harvestedOn, locale)}</time>
            </dd>
          </>
        ) : provenance.harvestSeason ? (
          <>
            <dt className="text-stone-500">{t("product.season")}</dt>
            <dd>{t(`season.${provenance.harvestSeason}`)}</dd>
          </>
        ) : null}
        {provenance.certificationKind && (
          <>
            <dt className="text-stone-500">{t("product.certification")}</dt>
            <dd>
              <span className="me-2 inline-block rounded bg-leaf-700 px-1.5 py-0.5 text-xs text-white">
                {t(`certification.${provenance.certificationKind}`)}
              </span>
              {provenance.certification && <LocalizedText value={provenance.certification} pageLocale={locale} />}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
