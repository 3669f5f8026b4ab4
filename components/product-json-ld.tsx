import { currencyExponent } from "@/lib/money";
import type { ProductDetail } from "@/server/catalog/get-product";

/** A price in major units as schema.org wants it ("1250.00"), from the integer minor amount. */
function majorUnits(amountMinor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  return (amountMinor / 10 ** exponent).toFixed(exponent);
}

/** JSON in a script element: "<" written as \\u003c so no text can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** schema.org Product with an Offer per size, for search engines; absolute URLs from the app's address. */
export function ProductJsonLd({ product, url, baseUrl }: { product: ProductDetail; url: string; baseUrl: string }) {
  const data = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name.text,
    description: product.summary.text,
    url,
    image: product.images.map((image) => new URL(image.path, baseUrl).toString()),
    category: product.category.name.text,
    brand: { "@type": "Brand", name: product.shop.name.text },
    offers: product.variants.map((variant) => ({
      "@type": "Offer",
      sku: variant.sku,
      name: variant.label.text,
      price: majorUnits(variant.priceMinor, variant.currency),
      priceCurrency: variant.currency,
      availability: variant.stock > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      url,
      areaServed: product.market.code,
    })),
  };
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(data) }} />;
}
