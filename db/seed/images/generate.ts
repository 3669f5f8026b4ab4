/**
 * Generates flat-illustration product photos for the demo seed data.
 *
 *   npx tsx db/seed/images/generate.ts
 *
 * Writes public/images/products/<slug>-1.webp (produce close-up) and
 * <slug>-2.webp (packaged product or origin landscape), 800×800 WebP.
 * Output is deterministic: the same slug always produces the same bytes.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import sharp from "sharp";
import { MOTIFS, basket, hashString, makeCtx } from "./motifs";

export interface ImageProduct {
  slug: string;
  category: string;
}

const SIZE = 800;
const QUALITY = 70;

/** Build the SVG document for one product image. */
export function productSvg(slug: string, category: string, variant: 1 | 2): string {
  const ctx = makeCtx(hashString(`${slug}#${variant}`), slug);
  const motif = MOTIFS[category] ?? basket;
  const body = motif(ctx, variant);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 800 800">` +
    `<defs>${ctx.defs.join("")}</defs>${body}</svg>`
  );
}

export async function renderWebp(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 })
    .resize(SIZE, SIZE)
    .webp({ quality: QUALITY, effort: 6, smartSubsample: true })
    .withMetadata({})
    .toBuffer();
}

export async function generateProductImages(products: ImageProduct[], outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const seen = new Set<string>();
  for (const p of products) {
    if (seen.has(p.slug)) continue;
    seen.add(p.slug);
    for (const variant of [1, 2] as const) {
      const buf = await renderWebp(productSvg(p.slug, p.category, variant));
      await writeFile(path.join(outDir, `${p.slug}-${variant}.webp`), buf);
    }
  }
}

async function loadProducts(): Promise<ImageProduct[]> {
  try {
    const mod = (await import("../data/index")) as { demoMarkets: { products: ImageProduct[] }[] };
    return mod.demoMarkets.flatMap((m) => m.products);
  } catch (err) {
    console.warn(`Could not load db/seed/data/index.ts (${(err as Error).message}); falling back to per-market files.`);
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  const products: ImageProduct[] = [];
  for (const market of ["ir", "cn", "vn"] as const) {
    const file = path.join(here, "..", "data", `${market}.ts`);
    if (!existsSync(file)) {
      console.warn(`Missing db/seed/data/${market}.ts — skipping.`);
      continue;
    }
    try {
      const mod = (await import(pathToFileURL(file).href)) as Record<string, { products?: ImageProduct[] } | undefined>;
      const data = mod[market];
      if (data?.products) products.push(...data.products);
      else console.warn(`db/seed/data/${market}.ts has no export "${market}" with products — skipping.`);
    } catch (err) {
      console.warn(`Could not load db/seed/data/${market}.ts: ${(err as Error).message}`);
    }
  }
  return products;
}

async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const outDir = path.resolve(here, "..", "..", "..", "public", "images", "products");
  const products = await loadProducts();
  if (products.length === 0) {
    console.error("No products found; nothing to generate.");
    process.exitCode = 1;
    return;
  }
  await generateProductImages(products, outDir);
  console.log(`Wrote ${products.length * 2} images for ${products.length} products to ${path.relative(process.cwd(), outDir) || outDir}`);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
