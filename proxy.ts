import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

/** Sends / to the shopper's language (Accept-Language, then cookie) and keeps the locale prefix. */
export default createMiddleware(routing);

export const config = {
  // everything but API routes, Next internals and files with an extension
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
