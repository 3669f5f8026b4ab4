import { getTranslations } from "next-intl/server";
import { ProductForm } from "@/components/portal/seller/product-form";
import { formStateOf } from "@/components/portal/seller/product-form-state";
import { pageLocale } from "@/lib/route-params";
import { requireSession } from "@/server/trpc/server";

export default async function NewProductPage({ params }: { params: Promise<{ locale: string; shopId: string }> }) {
  const locale = await pageLocale(params);
  const { shopId } = await params;
  const { api } = await requireSession(locale, `/seller/${shopId}/products/new`);
  const [categories, villages, shops, t] = await Promise.all([
    api.catalog.categories({ locale }),
    api.seller.villages({ shopId, locale }),
    api.seller.myShops({ locale }),
    getTranslations({ locale, namespace: "seller.form" }),
  ]);
  const currency = shops.find((s) => s.id === shopId)?.currency ?? "";
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-bold">{t("newTitle")}</h1>
      <ProductForm
        locale={locale}
        shopId={shopId}
        currency={currency}
        categories={categories.map((c) => ({ slug: c.slug, name: c.name.text }))}
        villages={villages}
        initial={formStateOf(locale, currency)}
      />
      <p className="text-sm text-stone-600">{(await getTranslations({ locale, namespace: "seller.photos" }))("saveFirst")}</p>
    </div>
  );
}
