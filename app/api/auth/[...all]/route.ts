import { getAuth } from "@/server/auth";
import { USED_ENDPOINTS } from "@/server/auth/auth";

/** What a browser may call on better-auth directly: read its session and sign out. Sign-in goes through tRPC. */
const EXPOSED = new Set(["GET /get-session", "POST /sign-out"]);

async function handler(request: Request) {
  const path = new URL(request.url).pathname.replace(/^\/api\/auth/, "").replace(/\/+$/, "");
  if (!EXPOSED.has(`${request.method} ${path}`) || !USED_ENDPOINTS.has(path)) return new Response("Not Found", { status: 404 });
  return (await getAuth()).handler(request);
}

export { handler as GET, handler as POST };
