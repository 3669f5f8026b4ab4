"use client";

import { useEffect, useState } from "react";
import { NUMBER_LOCALE } from "@/lib/format";
import type { Locale } from "@/lib/locales";

/**
 * The header's cart count. Storefront pages are the same for every shopper of
 * a market (and cached so), so the count, the one figure that is the
 * shopper's own, is asked for once the page has loaded.
 */
export function CartCount({ locale }: { locale: Locale }) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let live = true;
    fetch("/api/cart/count", { credentials: "same-origin", cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ count: number }>) : { count: 0 }))
      .then((body) => live && setCount(typeof body.count === "number" ? body.count : 0))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (count <= 0) return null;
  return (
    <span className="ms-1 rounded-full bg-saffron-700 px-2 text-white" data-testid="cart-count">
      {new Intl.NumberFormat(NUMBER_LOCALE[locale]).format(count)}
    </span>
  );
}
