import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // `npm run dev` opened at 127.0.0.1 rather than localhost still loads its scripts
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  // server.mjs compresses responses, keeping the gzip of each cached page (lib/page-compression.mjs)
  compress: false,
  experimental: {
    // forbidden(): a page the person's role does not allow answers 403 with app/[locale]/forbidden.tsx
    authInterrupts: true,
    // kept storefront pages live in memory only (see cacheMaxMemorySize)
    isrFlushToDisk: false,
  },
  // PGlite ships WASM and data files, PDFKit its font metrics: both load them from their own package directory;
  // rate-limiter-flexible loads drizzle-orm at run time; piscina starts its workers from its own files
  serverExternalPackages: ["@electric-sql/pglite", "pg", "pdfkit", "fontkit", "bwip-js", "rate-limiter-flexible", "piscina"],
  // a second build (another end-to-end run on the same checkout) can use its own directory
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  images: {
    // WebP only: with isrFlushToDisk off, Next keeps no optimized picture on disk, so each is encoded again
    // per request, and WebP encodes several times faster than AVIF (about 0.1 s against 0.4 s a photo)
    formats: ["image/webp"],
    deviceSizes: [360, 480, 640, 828, 1080],
    imageSizes: [64, 96, 128, 192, 256],
  },
  // storefront pages are kept per (language, market) once rendered (app/[locale]/[market]): in memory only,
  // least recently used first out, so a crawl of every product in every language cannot fill the disk
  cacheMaxMemorySize: 192 * 1024 * 1024,
  // `npm test` type-checks first; its end-to-end build skips a second pass
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
};

export default withNextIntl(nextConfig);
