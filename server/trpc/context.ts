import type { Database } from "@/db/client";
import type { UserRole } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { negotiateLocale } from "@/lib/negotiate-locale";
import type { Auth } from "../auth/auth";
import type { SmsProvider } from "../auth/sms";
import { cartTokenFrom } from "../checkout/cart-token";
import { clientAddressOf } from "../security/client-address";
import type { Stripe } from "../payments/stripe-client";

export interface SessionUser {
  id: string;
  name: string;
  role: UserRole;
  phoneNumber: string | null;
  email: string;
}

/** What every procedure sees. Procedure tiers narrow it (a user, a shop). */
export interface Context {
  db: Database;
  /** the language errors and messages are written in */
  locale: Locale;
  auth: Auth;
  /** request headers: cookies, client address */
  headers: Headers;
  /** response headers: sign-in and sign-out add Set-Cookie here */
  resHeaders: Headers;
  user: SessionUser | null;
  /** the client's address as the server entry resolved it (socket, trusted proxies), for per-client limits */
  ip: string;
  /** the token of the shopper's cart cookie, if any */
  cartToken: string | null;
  /** card payments; null when not configured (cash on delivery still works) */
  stripe: Stripe | null;
  sms: SmsProvider;
  /** the public address, for links in SMS and payment redirects */
  appUrl: string;
}

export async function sessionUser(auth: Auth, headers: Headers): Promise<SessionUser | null> {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const u = session.user as typeof session.user & { role?: UserRole; phoneNumber?: string | null };
  return { id: u.id, name: u.name, role: u.role ?? "shopper", phoneNumber: u.phoneNumber ?? null, email: u.email };
}

/** Context for one HTTP request: the language comes from x-locale, then Accept-Language. */
export async function createContext(opts: {
  db: Database;
  auth: Auth;
  headers: Headers;
  resHeaders: Headers;
  stripe: Stripe | null;
  sms: SmsProvider;
  appUrl: string;
}): Promise<Context> {
  return {
    db: opts.db,
    auth: opts.auth,
    headers: opts.headers,
    resHeaders: opts.resHeaders,
    stripe: opts.stripe,
    sms: opts.sms,
    appUrl: opts.appUrl,
    cartToken: cartTokenFrom(opts.headers),
    locale: negotiateLocale(opts.headers.get("x-locale"), opts.headers.get("accept-language")),
    user: await sessionUser(opts.auth, opts.headers),
    ip: clientAddressOf(opts.headers),
  };
}
