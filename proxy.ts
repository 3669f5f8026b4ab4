import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";

const intl = createMiddleware(routing);

/** one year: the place a shopper receives parcels rarely changes */
const MARKET_COOKIE_AGE = 60 * 60 * 24 * 365;

/**
 * Sends / to the shopper's language (Accept-Language, then cookie) and keeps
 * the locale prefix. A link carrying ?market=XX (a shared link, the "Deliver
 * to" form) keeps that choice in a cookie and comes back without it, so every
 * page reads the market from one place. Pages ignore a code that is no market.
 */
export default function proxy(request: NextRequest) {
  const market = request.nextUrl.searchParams.get("market");
  if (market !== null) {
    const url = request.nextUrl.clone();
    url.searchParams.delete("market");
    const response = NextResponse.redirect(url, 303);
    if (/^[A-Za-z]{2}$/.test(market)) {
      response.cookies.set("market", market.toUpperCase(), { path: "/", maxAge: MARKET_COOKIE_AGE, sameSite: "lax" });
    }
    return response;
  }
  return intl(request);
}

export const config = {
  // everything but API routes, Next internals and files with an extension
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
