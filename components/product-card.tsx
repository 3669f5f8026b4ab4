import { getTranslations } from "next-intl/server";
import { StoreLink } from "./store-link";
import type { Locale } from "@/lib/locales";
import type { ProductCard as Card } from "@/server/catalog/product-cards";
import { LocalizedText } from "./localized-text";
import { PlainImage } from "./plain-image";
import { getMoneyFormatter } from "./price";

/** Widths the grid gives a card: two columns on phones, up to four on wide screens. */
export const CARD_IMAGE_SIZES = "(min-width: 1024px) 240px, (min-width: 640px) 33vw, 50vw";

/** Cards in the first row on a phone (two columns): their pictures are the first a visitor sees. */
export const FIRST_ROW = 2;

export async function ProductCard({ card, locale, important = false }: { card: Card; locale: Locale; important?: boolean }) {
  const t = await getTranslations({ locale, namespace: "product" });
  const money = await getMoneyFormatter(locale);
  const price =
    card.price.minMinor === card.price.maxMinor
      ? money({ amountMinor: card.price.minMinor, currency: card.price.currency })
      : t("from", { price: money({ amountMinor: card.price.minMinor, currency: card.price.currency }) });
  return (
    <li className="group flex flex-col overflow-hidden rounded-xl border border-stone-200 bg-white">
      <StoreLink href={`/products/${card.slug}`} className="flex flex-1 flex-col" data-testid="product-card">
        <div className="relative aspect-square bg-stone-100">
          {card.image && (
            <PlainImage src={card.image.path} alt="" fill sizes={CARD_IMAGE_SIZES} important={important} className="object-cover" />
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
      </StoreLink>
    </li>
  );
}

/** `important`: the grid is the page's first content, so its first row's pictures load first (not lazily). */
export function ProductGrid({ cards, locale, important = false }: { cards: Card[]; locale: Locale; important?: boolean }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {cards.map((card, index) => (
        <ProductCard key={card.slug} card={card} locale={locale} important={important && index < FIRST_ROW} />
      ))}
    </ul>
  );
}
