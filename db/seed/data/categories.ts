import type { L10n } from "../types";

export interface SeedCategory {
  slug: string;
  name: L10n;
}

export const categories: SeedCategory[] = [
  { slug: "saffron", name: { fa: "زعفران", zh: "藏红花", vi: "Nhụy hoa nghệ tây", en: "Saffron" } },
  { slug: "barberry", name: { fa: "زرشک", zh: "小檗果", vi: "Quả hoàng liên gai", en: "Barberry" } },
  { slug: "jujube", name: { fa: "عناب", zh: "红枣", vi: "Táo tàu", en: "Jujube" } },
  { slug: "rice", name: { fa: "برنج", zh: "大米", vi: "Gạo", en: "Rice" } },
  { slug: "tea", name: { fa: "چای", zh: "茶叶", vi: "Trà", en: "Tea" } },
  { slug: "noodles", name: { fa: "رشته و نودل", zh: "米粉面条", vi: "Bún và mì", en: "Noodles" } },
  { slug: "fruit", name: { fa: "میوه تازه", zh: "新鲜水果", vi: "Trái cây tươi", en: "Fresh fruit" } },
  { slug: "dried-fruit", name: { fa: "میوه خشک", zh: "果干", vi: "Trái cây sấy", en: "Dried fruit" } },
  { slug: "nuts", name: { fa: "آجیل و مغز", zh: "坚果", vi: "Các loại hạt", en: "Nuts" } },
  { slug: "honey", name: { fa: "عسل", zh: "蜂蜜", vi: "Mật ong", en: "Honey" } },
  { slug: "spices", name: { fa: "ادویه و گیاهان", zh: "香料草本", vi: "Gia vị và thảo mộc", en: "Spices and herbs" } },
  { slug: "coffee", name: { fa: "قهوه", zh: "咖啡", vi: "Cà phê", en: "Coffee" } },
  { slug: "preserves", name: { fa: "ترشی و مربا", zh: "酱菜果酱", vi: "Mứt và đồ muối", en: "Preserves and pickles" } },
];
