/**
 * Names for the generated products of bench/search.ts: plausible produce names in each language,
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
