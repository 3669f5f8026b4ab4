import type { MetadataRoute } from "next";
import { locales } from "@/lib/locales";
import { env } from "@/server/env";

// the sitemap addresses come from APP_URL when asked, not when built
export const dynamic = "force-dynamic";

/** Crawlers read the storefront; carts, checkout, accounts, staff pages and search results are not for them. */
export default function robots(): MetadataRoute.Robots {
  const privatePaths = ["search", "cart", "checkout", "orders", "seller", "admin", "operator", "sign-in"];
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", ...locales.flatMap((l) => privatePaths.map((p) => `/${l}/${p}`))] }],
    sitemap: locales.map((locale) => `${env.APP_URL}/${locale}/sitemap.xml`),
  };
}
