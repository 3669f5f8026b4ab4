import Image from "next/image";
import { getTranslations } from "next-intl/server";
import { Link } from "./link";
import type { Locale } from "@/lib/locales";
import type { ProductCard as Card } from "@/server/catalog/product-cards";
import { LocalizedText } from "./localized-text";
import { getMoneyFormatter } from "./price";

/** Widths the grid gives a card: two columns on phones, up to four on wide screens. */
export const CARD_IMAGE_SIZES = "(min-width: 1024px) 240px, (min-width: 640px) 33vw, 50vw";

export async function ProductCard({ card, locale }: { card: Card; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "product" });
  const money = await getMoneyFormatter(locale);
  const price =
    card.price.minMinor === card.price.maxMinor
      ? money({ amountMinor: card.price.minMinor, currency: card.price.currency })
      : t("from", { price: money({ amountMinor: card.price.minMinor, currency: card.price.currency }) });
  return (
    <li className="group flex flex-col overflow-hidden rounded-xl border border-stone-200 bg-white">
      <Link href={`/products/${card.slug}`} prefetch={false} className="flex flex-1 flex-col" data-testid="product-card">
        <div className="relative aspect-square bg-stone-100">
          {card.image && (
            <Image src={card.image.path} alt="" fill sizes={CARD_IMAGE_SIZES} className="object-cover" />
          )}
        </div>
        <div className="flex flex-1 flex-col gap-1 p-3">
          <LocalizedText value={card.name} pageLocale={locale} className="line-clamp-2 font-medium leading-snug" />
          {card.village && (
            <LocalizedText value={card.village} pageLocale={locale} className="text-xs text-stone-500" />
          )}
          <span className="mt-auto pt-1 text-sm font-semibold text-saffron-700" data-testid="card-price">
            {price}
          </span>
          {!card.inStock && <span className="text-xs text-stone-500">{t("soldOut")}</span>}
        </div>
      </Link>
    </li>
  );
}

export function ProductGrid({ cards, locale }: { cards: Card[]; locale: Locale }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {cards.map((card) => (
        <ProductCard key={card.slug} card={card} locale={locale} />
      ))}
    </ul>
  );
}
