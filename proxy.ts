import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { negotiateLocale } from "./lib/negotiate-locale";
import { translateError } from "./server/trpc/translate-error";
import { isCrossSite, needsOriginCheck } from "./server/security/origin";
import { routing } from "./i18n/routing";

const intl = createMiddleware(routing);

/**
 * Pages: sends / to the shopper's language (Accept-Language, then cookie) and
 * keeps the locale prefix. API: a request that changes something must come
 * from our own pages (or be a signed webhook), so no other site can post a
 * form into a shopper's cart or session.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!pathname.startsWith("/api/")) return intl(request);
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
