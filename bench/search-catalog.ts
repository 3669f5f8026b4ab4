import type pg from "pg";
import { searchKeys } from "@/lib/search-keys";

const BATCH = 5_000;

/**
 * Names for the generated products of the benchmarks: plausible produce names in each language,
 * built from words that none of the benchmark's queries look for (no rice, tea, saffron, barberry,
 * jujube, coffee, noodles, honey, dragon fruit), so the known answers stay the seed's products.
 */
const WORDS: Record<"fa" | "zh" | "vi" | "en", { things: string[]; traits: string[] }> = {
  en: {
    things: ["apricots", "plums", "cherries", "pistachios", "hazelnuts", "raisins", "quinces", "lentils", "beans", "mushrooms", "ginger", "garlic", "melons", "peaches", "chestnuts", "peanuts", "sesame", "oats", "millet", "pumpkin seeds"],
    traits: ["organic", "fresh", "dried", "mountain", "village", "family", "premium", "handmade", "wild", "golden", "spring", "autumn", "local", "farm", "classic", "select", "smoked", "roasted", "sun-dried", "small-batch"],
  },
  vi: {
    things: ["hạt điều", "mận", "vải", "nhãn", "xoài", "sầu riêng", "măng khô", "nấm hương", "đậu xanh", "bưởi", "hạt sen", "khoai lang", "lạc", "vừng", "bí đỏ", "mít sấy", "chuối sấy", "miến dong", "hành phi", "tỏi"],
    traits: ["hữu cơ", "tươi", "sấy khô", "vùng núi", "nhà làm", "thượng hạng", "thủ công", "rừng", "vàng", "vụ xuân", "vụ thu", "địa phương", "nông trại", "truyền thống", "chọn lọc", "hun khói", "rang", "phơi nắng", "đặc sản", "quê"],
  },
  fa: {
    things: ["پسته", "کشمش", "بادام", "خرما", "انجیر", "آلو", "گیلاس", "فندق", "عدس", "لوبیا", "قارچ", "زنجبیل", "سیر", "خربزه", "هلو", "شاه‌بلوط", "بادام‌زمینی", "کنجد", "جو", "تخمه"],
    traits: ["ارگانیک", "تازه", "خشک", "کوهی", "روستایی", "خانگی", "ممتاز", "دست‌ساز", "وحشی", "طلایی", "بهاره", "پاییزه", "محلی", "مزرعه", "سنتی", "گزیده", "دودی", "بوداده", "آفتاب‌خشک", "درجه یک"],
  },
  zh: {
    things: ["杏干", "李子", "樱桃", "开心果", "榛子", "葡萄干", "木瓜", "扁豆", "豆子", "香菇", "生姜", "大蒜", "甜瓜", "桃子", "板栗", "花生", "芝麻", "燕麦", "黄豆", "南瓜子"],
    traits: ["有机", "新鲜", "晒干", "高山", "农家", "家庭", "特级", "手工", "野生", "金黄", "春季", "秋季", "本地", "农场", "传统", "精选", "烟熏", "烘焙", "日晒", "小批量"],
  },
};

/** The k-th generated name in a language: two traits and a thing, varied by k. */
export function fillerName(locale: keyof typeof WORDS, k: number): string {
  const { things, traits } = WORDS[locale];
  const thing = things[k % things.length]!;
  const a = traits[Math.floor(k / things.length) % traits.length]!;
  const b = traits[Math.floor(k / (things.length * traits.length)) % traits.length]!;
  const serial = (k % 997).toString();
  return locale === "zh" ? `${a}${b}${thing} ${serial}` : `${a} ${b} ${thing} ${serial}`;
}

/** Generated products up to the catalog size: real-looking names in four languages, none of the queries' words. */
export async function generateCatalog(pool: pg.Pool, count: number): Promise<void> {
  const shops = (await pool.query<{ id: string; market_code: string }>("select id, market_code from shops where status = 'approved' order by slug")).rows;
  const categories = (await pool.query<{ id: string }>("select id from categories order by position")).rows;
  const currency: Record<string, string> = { IR: "IRR", CN: "CNY", VN: "VND" };
  const certifications = ["gi", "organic", "ocop", "green_food", "national_standard", null];
  for (let start = 0; start < count; start += BATCH) {
    const n = Math.min(BATCH, count - start);
    const ids: string[] = [];
    const rows = { shop: [] as string[], category: [] as string[], slug: [] as string[], cert: [] as (string | null)[], source: [] as string[] };
    const variants = { price: [] as number[], currency: [] as string[], stock: [] as number[], sku: [] as string[] };
    const text = {
      product: [] as string[],
      locale: [] as string[],
      name: [] as string[],
      searchName: [] as string[],
      searchPinyin: [] as string[],
      searchText: [] as string[],
    };
    for (let i = 0; i < n; i++) {
      const k = start + i;
      const id = crypto.randomUUID();
      const shop = shops[k % shops.length]!;
      ids.push(id);
      rows.shop.push(shop.id);
      rows.category.push(categories[k % categories.length]!.id);
      rows.slug.push(`bench-${k}`);
      rows.cert.push(certifications[k % certifications.length] ?? null);
      rows.source.push(shop.market_code === "IR" ? "fa" : shop.market_code === "CN" ? "zh" : "vi");
      variants.price.push(1000 + ((k * 7919) % 900_000));
      variants.currency.push(currency[shop.market_code] ?? "USD");
      variants.stock.push(k % 5);
      variants.sku.push(`BENCH-${k}`);
      for (const locale of ["fa", "zh", "vi", "en"] as const) {
        const name = fillerName(locale, k);
        const keys = searchKeys({ name, summary: fillerName(locale, k + 7), description: "" });
        text.product.push(id);
        text.locale.push(locale);
        text.name.push(name);
        text.searchName.push(keys.searchName);
        text.searchPinyin.push(keys.searchPinyin);
        text.searchText.push(keys.searchText);
      }
    }
    await pool.query(
      `insert into products (id, slug, shop_id, category_id, status, source_locale, certification_kind, origin_region_id)
       select i.id, i.slug, i.shop_id, i.category_id, 'active', i.source, i.cert::certification_kind, s.village_id
       from unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[]) as i(id, slug, shop_id, category_id, source, cert)
       join shops s on s.id = i.shop_id`,
      [ids, rows.slug, rows.shop, rows.category, rows.source, rows.cert],
    );
    await pool.query(
      `insert into variants (product_id, sku, label, price_minor, currency, stock, weight_grams)
       select product_id, sku, '{"en":"1 pack"}'::jsonb, price, currency, stock, 500
       from unnest($1::uuid[], $2::text[], $3::bigint[], $4::text[], $5::int[]) as v(product_id, sku, price, currency, stock)`,
      [ids, variants.sku, variants.price, variants.currency, variants.stock],
    );
    await pool.query(
      `insert into product_translations (product_id, locale, name, summary, search_name, search_pinyin, search_text)
       select product_id, locale, name, '', search_name, search_pinyin, search_text
       from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
         as t(product_id, locale, name, search_name, search_pinyin, search_text)`,
      [text.product, text.locale, text.name, text.searchName, text.searchPinyin, text.searchText],
    );
  }
  await pool.query("analyze");
}
