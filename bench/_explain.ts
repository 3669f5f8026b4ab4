import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "@/db/schema";
import { searchProducts } from "@/server/catalog/search-products";
import { searchInput } from "@/server/catalog/search.schema";

const pool = new pg.Pool({ connectionString: process.env.URL });
const db = drizzle(pool, { schema, casing: "snake_case" });
const [locale, q, market] = process.argv.slice(2);
const realExecute = db.execute.bind(db);
let first = true;
(db as any).execute = async (query: any) => {
  if (first) {
    first = false;
    const { sql } = await import("drizzle-orm");
    const r: any = await realExecute(sql`explain (analyze, buffers) ${query}`);
    console.log(r.rows.map((x: any) => x["QUERY PLAN"]).join("\n"));
  }
  return realExecute(query);
};
const t = performance.now();
await searchProducts(db as any, searchInput.parse({ locale, q, market: market || undefined }));
console.log("ms", performance.now() - t);
await pool.end();
