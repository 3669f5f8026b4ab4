import { getAuth } from "@/server/auth";

/** better-auth's own endpoints (session refresh, sign-out from any client). Sign-in goes through tRPC. */
async function handler(request: Request) {
  return (await getAuth()).handler(request);
}

export { handler as GET, handler as POST };
