import { getTranslations } from "next-intl/server";
import { PhotoManager } from "@/components/portal/seller/photo-manager";
import { ProductActions } from "@/components/portal/seller/product-actions";
import { ProductForm } from "@/components/portal/seller/product-form";
import { formStateOf } from "@/components/portal/seller/product-form-state";
import { StockPanel } from "@/components/portal/seller/stock-panel";
import { pageLocale } from "@/lib/route-params";
import { localize } from "@/server/catalog/localize";
import { loadOr404, requireSession } from "@/server/trpc/server";

export default async function EditProductPage({ params }: { params: Promise<{ locale: string; shopId: string; productId: string }> }) {
  const locale = await pageLocale(params);
  const { shopId, productId } = await params;
  const { api } = await requireSession(locale, `/seller/${shopId}/products/${productId}`);
  const [product, categories, villages, shops, t] = await Promise.all([
    loadOr404(api.seller.product({ shopId, productId })),
    api.catalog.categories({ locale }),
    api.seller.villages({ shopId, locale }),
    api.seller.myShops({ locale }),
    getTranslations({ locale, namespace: "seller.form" }),
  ]);
  const currency = shops.find((s) => s.id === shopId)?.currency ?? product.variants[0]?.currency ?? "";
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-bold">{t("editTitle")}</h1>
      <ProductActions locale={locale} shopId={shopId} productId={product.id} status={product.status} />
      <PhotoManager locale={locale} shopId={shopId} productId={product.id} photos={product.images} />
      <ProductForm
        locale={locale}
        shopId={shopId}
        productId={product.id}
        currency={currency}
        categories={categories.map((c) => ({ slug: c.slug, name: c.name.text }))}
        villages={villages}
        initial={formStateOf(locale, currency, product)}
      />
      <StockPanel
        shopId={shopId}
        variants={product.variants.map((v) => ({ id: v.id, label: localize(v.label, locale, product.sourceLocale).text, stock: v.stock }))}
      />
    </div>
  );
}
