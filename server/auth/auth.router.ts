import { isAPIError } from "better-auth/api";
import { CLIENT_HEADER } from "@/lib/client-address.mjs";
import { toE164 } from "@/lib/phone";
import { adoptCart } from "../checkout/cart";
import { AppError } from "../errors";
import type { Context } from "../trpc/context";
import { defaultPhoneRegion, isPhoneRegion } from "../network/markets";
import { publicProcedure, router, signedInProcedure } from "../trpc/init";
import { clientKey, forgive } from "../security/limits";
import { requestCodeInput, verifyCodeInput } from "./auth.schema";

/** The number in E.164: a number typed without +code is read as the given market country's, or the page language's market's. */
async function phoneOf(ctx: Context, input: { phone: string; region?: string | undefined }): Promise<string> {
  if (input.region && !(await isPhoneRegion(ctx.db, input.region))) throw new AppError("BAD_REQUEST", "invalidPhone");
  const phone = toE164(input.phone, input.region ?? (await defaultPhoneRegion(ctx.db, ctx.locale)));
  if (!phone) throw new AppError("BAD_REQUEST", "invalidPhone");
  return phone;
}

/** The limiter's refusal inside better-auth, as our error with the minutes to wait. */
function limited(error: unknown): AppError | null {
  if (!isAPIError(error) || error.statusCode !== 429) return null;
  return new AppError("TOO_MANY_REQUESTS", "tooManyAttempts", { minutes: Number(error.body?.code) || 1 });
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
const PASSED_HEADERS = ["cookie", "user-agent", "x-forwarded-for", CLIENT_HEADER, "accept-language"];

function authHeaders(ctx: Context): Headers {
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = ctx.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set("x-locale", ctx.locale);
  return headers;
}

/** Sign-in by phone with a one-time SMS code; sign-out ends the session on the server. Calls are never batched (see the tRPC handler). */
export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => ctx.user),

  requestCode: publicProcedure.input(requestCodeInput).mutation(async ({ ctx, input }) => {
    const phone = await phoneOf(ctx, input);
    try {
      await ctx.auth.api.sendPhoneNumberOTP({ body: { phoneNumber: phone }, headers: authHeaders(ctx) });
    } catch (error) {
      throw limited(error) ?? error;
    }
    return { phone };
  }),

  verifyCode: publicProcedure.input(verifyCodeInput).mutation(async ({ ctx, input }) => {
    const phone = await phoneOf(ctx, input);
    try {
      const { headers, response } = await ctx.auth.api.verifyPhoneNumber({
        body: { phoneNumber: phone, code: input.code },
        headers: authHeaders(ctx),
        returnHeaders: true,
      });
      passCookies(ctx, headers);
      await adoptCartOf(ctx, response);
      // a right code: this phone starts afresh, and the client's tries are given back
      await forgive(ctx.db, "verifyPhone", phone, true);
      await forgive(ctx.db, "verifyFromClient", clientKey(ctx.ip));
      return { ok: true as const };
    } catch (error) {
      const tooMany = limited(error);
      if (tooMany) throw tooMany;
      if (isAPIError(error)) throw new AppError("BAD_REQUEST", "invalidCode");
      throw error;
    }
  }),

  signOut: signedInProcedure.mutation(async ({ ctx }) => {
    const { headers } = await ctx.auth.api.signOut({ headers: authHeaders(ctx), returnHeaders: true });
    passCookies(ctx, headers);
    return { ok: true as const };
  }),
});
