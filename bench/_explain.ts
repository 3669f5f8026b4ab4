import { drizzle } from "drizzle-orm/node-postgres";
import { sql } from "drizzle-orm";
import pg from "pg";
import * as schema from "@/db/schema";
import { searchProducts } from "@/server/catalog/search-products";
import { searchInput } from "@/server/catalog/search.schema";

const pool = new pg.Pool({ connectionString: process.env.URL, max: 1 });
const db = drizzle(pool, { schema, casing: "snake_case" });
const cases = JSON.parse(process.argv[2]!) as [string, string, string?][];
const realExecute = db.execute.bind(db);
let mode: "plain" | "explain" = "plain";
(db as any).execute = async (query: any) => {
  if (mode === "explain") {
    mode = "plain";
    const r: any = await realExecute(sql`explain (analyze, buffers) ${query}`);
    const lines: string[] = r.rows.map((x: any) => x["QUERY PLAN"]);
    if (process.env.FULL) console.log(lines.join("\n"));
    else console.log(lines.filter((l) => /Index Scan|Execution Time|Planning Time|Seq Scan on product/.test(l)).join("\n"));
  }
  return realExecute(query);
};
for (const [locale, q, market] of cases) {
  const input = searchInput.parse({ locale, q, market: market || undefined });
  for (let i = 0; i < 3; i++) await searchProducts(db as any, input);
  const t = performance.now();
  for (let i = 0; i < 5; i++) await searchProducts(db as any, input);
  console.log(`== ${locale} ${q} ${market}: ${((performance.now() - t) / 5).toFixed(1)} ms avg`);
  mode = "explain";
  await searchProducts(db as any, input);
}
await pool.end();
