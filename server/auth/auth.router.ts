import { isAPIError } from "better-auth/api";
import { toE164 } from "@/lib/phone";
import { adoptCart } from "../checkout/cart";
import { AppError } from "../errors";
import type { Context } from "../trpc/context";
import { publicProcedure, router, signedInProcedure } from "../trpc/init";
import { takeAttempt } from "./attempts";
import { emailSignInInput, emailSignUpInput, requestCodeInput, verifyCodeInput } from "./auth.schema";

const DEFAULT_REGION = { fa: "IR", zh: "CN", vi: "VN", en: undefined } as const;

function phoneOf(ctx: Context, input: { phone: string; region?: string }): string {
  const phone = toE164(input.phone, input.region ?? DEFAULT_REGION[ctx.locale]);
  if (!phone) throw new AppError("BAD_REQUEST", "invalidPhone");
  return phone;
}

/** After a sign-in: the device's cart becomes the person's. */
async function adoptCartOf(ctx: Context, response: unknown) {
  const userId = (response as { user?: { id?: string } } | null)?.user?.id;
  if (userId) await adoptCart(ctx.db, ctx.cartToken, userId);
}

/** Copies better-auth's Set-Cookie (the session) onto our response. */
function passCookies(ctx: Context, headers: Headers) {
  for (const cookie of headers.getSetCookie()) ctx.resHeaders.append("set-cookie", cookie);
}

/** What better-auth needs of our request (session cookie, client) — not its body's length or type. */
const PASSED_HEADERS = ["cookie", "user-agent", "x-forwarded-for", "x-real-ip", "accept-language"];

function authHeaders(ctx: Context): Headers {
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = ctx.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set("x-locale", ctx.locale);
  return headers;
}

/** Sign-in by phone (one-time SMS code) or email and password; sign-out ends the session on the server. */
export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => ctx.user),

  requestCode: publicProcedure.input(requestCodeInput).mutation(async ({ ctx, input }) => {
    const phone = phoneOf(ctx, input);
    await takeAttempt(ctx.db, [`send:${phone}`, `send-ip:${ctx.ip}`]);
    await ctx.auth.api.sendPhoneNumberOTP({ body: { phoneNumber: phone }, headers: authHeaders(ctx) });
    return { phone };
  }),

  verifyCode: publicProcedure.input(verifyCodeInput).mutation(async ({ ctx, input }) => {
    const phone = phoneOf(ctx, input);
    await takeAttempt(ctx.db, [`verify:${phone}`, `verify-ip:${ctx.ip}`]);
    try {
      const { headers, response } = await ctx.auth.api.verifyPhoneNumber({
        body: { phoneNumber: phone, code: input.code },
        headers: authHeaders(ctx),
        returnHeaders: true,
      });
      passCookies(ctx, headers);
      await adoptCartOf(ctx, response);
      return { ok: true as const };
    } catch (error) {
      if (isAPIError(error)) throw new AppError("BAD_REQUEST", "invalidCode");
      throw error;
    }
  }),

  signInEmail: publicProcedure.input(emailSignInInput).mutation(async ({ ctx, input }) => {
    await takeAttempt(ctx.db, [`email:${input.email.toLowerCase()}`, `email-ip:${ctx.ip}`]);
    try {
      const { headers, response } = await ctx.auth.api.signInEmail({ body: input, headers: authHeaders(ctx), returnHeaders: true });
      passCookies(ctx, headers);
      await adoptCartOf(ctx, response);
      return { ok: true as const };
    } catch (error) {
      if (isAPIError(error)) throw new AppError("BAD_REQUEST", "wrongPassword");
      throw error;
    }
  }),

  signUpEmail: publicProcedure.input(emailSignUpInput).mutation(async ({ ctx, input }) => {
    try {
      const { headers } = await ctx.auth.api.signUpEmail({
        body: { ...input, locale: ctx.locale },
        headers: authHeaders(ctx),
        returnHeaders: true,
      });
      passCookies(ctx, headers);
      return { ok: true as const };
    } catch (error) {
      if (isAPIError(error)) throw new AppError("CONFLICT", "emailTaken");
      throw error;
    }
  }),

  signOut: signedInProcedure.mutation(async ({ ctx }) => {
    const { headers } = await ctx.auth.api.signOut({ headers: authHeaders(ctx), returnHeaders: true });
    passCookies(ctx, headers);
    return { ok: true as const };
  }),
});
