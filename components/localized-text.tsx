import type { ElementType } from "react";
import type { Localized } from "@/server/catalog/localize";
import { directionOf } from "@/lib/locales";

/**
 * Seller-written text. When it is shown in another language than the page's
 * (a missing translation), it carries its own lang and dir so screen readers
 * and bidi layout treat it right.
 */
export function LocalizedText({
  value,
  pageLocale,
  as: Tag = "span",
  className,
}: {
  value: Localized;
  pageLocale: string;
  as?: ElementType;
  className?: string;
}) {
  const foreign = value.locale !== pageLocale;
  return (
    <Tag className={className} lang={foreign ? value.locale : undefined} dir={foreign ? directionOf(value.locale) : undefined}>
      {value.text}
    </Tag>
  );
}
