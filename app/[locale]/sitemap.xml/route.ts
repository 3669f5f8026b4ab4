import { isLocale } from "@/lib/locales";
import { sitemapEntries } from "@/server/catalog/sitemap";
import { getDb } from "@/server/db";
import { env } from "@/server/env";

// the addresses come from APP_URL when asked, not when built
export const dynamic = "force-dynamic";

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

/** /{locale}/sitemap.xml: every public page in this language (sitemaps.org 0.9). */
export async function GET(_request: Request, context: RouteContext<"/[locale]/sitemap.xml">) {
  const { locale } = await context.params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const entries = await sitemapEntries(await getDb());
  const urls = entries.map((entry) => {
    const loc = escapeXml(`${env.APP_URL}/${locale}${entry.path}`);
    const lastmod = entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : "";
    return `<url><loc>${loc}</loc>${lastmod}</url>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=3600" } });
}
