import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { negotiateLocale } from "./lib/negotiate-locale";
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
    return market !== null ? rememberMarket(request, market) : intl(request);
  }
  if (needsOriginCheck(request.method, pathname) && isCrossSite(request.headers, process.env.APP_URL ?? request.nextUrl.origin)) {
    const locale = negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language"));
    return NextResponse.json({ error: translateError(locale, "crossSite") }, { status: 403 });
  }
  return NextResponse.next();
}

export const config = {
  // everything but Next internals and files with an extension
  matcher: ["/api/:path*", "/((?!api|_next|_vercel|.*\\..*).*)"],
};
