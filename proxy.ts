import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { locales } from "./lib/locales";
import { marketSegment } from "./lib/market-segment";
import { negotiateLocale } from "./lib/negotiate-locale";
import { SEARCH_PARAMS, searchKey } from "./lib/search-address";
import { translateError } from "./server/trpc/translate-error";
import { isCrossSite, needsOriginCheck } from "./server/security/origin";
import { routing } from "./i18n/routing";

const intl = createMiddleware(routing);

/** one year: the place a shopper receives parcels rarely changes */
const MARKET_COOKIE_AGE = 60 * 60 * 24 * 365;

/**
 * A link carrying ?market=XX (a shared link, the "Deliver to" form) keeps
 * that choice in a cookie and comes back without it, so every page reads the
 * market from one place. Pages ignore a code that is no market.
 */
function rememberMarket(request: NextRequest, market: string): NextResponse {
  const url = request.nextUrl.clone();
  url.searchParams.delete("market");
  const response = NextResponse.redirect(url, 303);
  if (/^[A-Za-z]{2}$/.test(market)) {
    response.cookies.set("market", market.toUpperCase(), { path: "/", maxAge: MARKET_COOKIE_AGE, sameSite: "lax" });
  }
  return response;
}

/** /{locale}, /{locale}/search and /{locale}/{products|categories|regions|shops}/{slug}[/{page}]: the storefront pages cached per market. */
const STOREFRONT = new RegExp(`^/(${locales.join("|")})(/search|/(?:products|categories|regions|shops)/[^/]+(?:/[^/]+)?)?/?$`);

/**
 * A storefront address, served from the page of the shopper's market: the
 * market (the "Deliver to" cookie) goes into the route, /fa/products/x →
 * /fa/~XX/products/x, a listing's ?page=N into its last segment and a
 * search's parameters into one (/fa/~XX/search/<key>), so every page is
 * rendered once per (language, market) and kept. The address in
 * the browser, and so every shared link, stays as it was. Null for any other address.
 */
function storefrontRewrite(request: NextRequest): URL | null {
  const match = STOREFRONT.exec(request.nextUrl.pathname);
  if (!match) return null;
  const [, locale, rest = ""] = match;
  const url = request.nextUrl.clone();
  let path = rest.replace(/\/$/, "");
  const page = url.searchParams.get("page");
  if (/^\/(?:categories|regions|shops)\/[^/]+$/.test(path) && page !== null) {
    // ?page=1 and anything that is no page number read as the first page, as before
    if (/^[1-9]\d{0,2}$/.test(page) && page !== "1") path += `/${page}`;
    url.searchParams.delete("page");
  }
  if (path === "/search") {
    // each search is its own kept page: its parameters become one segment (lib/search-address.ts)
    const key = searchKey(url.searchParams);
    if (key) path += `/${key}`;
    for (const name of SEARCH_PARAMS) url.searchParams.delete(name);
  }
  url.pathname = `/${locale}/${marketSegment(request.cookies.get("market")?.value)}${path}`;
  return url;
}

/**
 * Pages: sends / to the shopper's language (Accept-Language, then cookie) and
 * keeps the locale prefix; ?market= becomes the market cookie. API: a request
 * that changes something must come from our own pages (or be a signed
 * webhook), so no other site can post a form into a shopper's cart or session.
 */
export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (!pathname.startsWith("/api/")) {
    const market = searchParams.get("market");
    if (market !== null) return rememberMarket(request, market);
    const response = intl(request);
    const target = response.headers.has("location") ? null : storefrontRewrite(request);
    if (!target) return response;
    const rewritten = NextResponse.rewrite(target, { request: { headers: forwardedHeaders(request, response) } });
    // one address serves each market's page, chosen by the cookie: a shared cache must not hand one market's page to another
    rewritten.headers.set("vary", "Cookie");
    for (const cookie of response.cookies.getAll()) rewritten.cookies.set(cookie);
    const link = response.headers.get("link");
    if (link) rewritten.headers.set("link", link);
    return rewritten;
  }
  if (needsOriginCheck(request.method, pathname) && isCrossSite(request.headers, process.env.APP_URL ?? request.nextUrl.origin)) {
    const locale = negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language"));
    return NextResponse.json({ error: translateError(locale, "crossSite") }, { status: 403 });
  }
  return NextResponse.next();
}

/** The request's headers as next-intl's middleware passes them on (with the page's locale). */
function forwardedHeaders(request: NextRequest, response: NextResponse): Headers {
  const headers = new Headers(request.headers);
  const prefix = "x-middleware-request-";
  for (const [name, value] of response.headers) if (name.startsWith(prefix)) headers.set(name.slice(prefix.length), value);
  return headers;
}

export const config = {
  // everything but Next internals and files with an extension
  matcher: ["/api/:path*", "/((?!api|_next|_vercel|.*\\..*).*)"],
};
