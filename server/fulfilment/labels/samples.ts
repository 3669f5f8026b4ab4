/**
 * Realistic sample labels for the label tests and the label benchmark: Persian,
 * Chinese and Vietnamese recipients, each parcel with its own S10 number.
 */
import { markets } from "@/db/seed/data/markets";
import { formatS10 } from "../s10";
import type { LabelData, LabelLocale } from "./label-data";

const PERSIAN = {
  shops: [
    { name: "عسل طبیعی کوهپایه", village: "روستای ابیانه، نطنز، اصفهان", phone: "+98 913 000 0001" },
    { name: "زعفران قائنات (Saffron Co.)", village: "روستای نوغاب، قائن، خراسان جنوبی", phone: "+98 915 000 0002" },
  ],
  names: ["مریم احمدی", "علی‌رضا محمدی", "فاطمه حسینی", "Reza Karimi", "زهرا رضایی نژاد"],
  streets: ["کوچه ۳، روبروی مدرسه (Sample 12B)", "خیابان امام، پلاک ۱۲، طبقه ۲", "بلوار کشاورز، کوچه شهید ۷"],
  places: ["روستای ماسوله، فومن، گیلان", "روستای کندوان، اسکو، آذربایجان شرقی", "تهران، منطقه ۶"],
  landmarks: ["نشانی: کنار نانوایی سنگکی", "جنب مسجد جامع", "پشت پاسگاه (Gate 4)"],
  routeDays: "شنبه · دوشنبه · چهارشنبه",
};

const CHINESE = {
  shops: [{ name: "云南普洱茶合作社", village: "云南省普洱市思茅区 倚象镇", phone: "+86 138 0000 0001" }],
  names: ["王秀英", "李建国", "张伟", "陈晓明"],
  streets: ["朝阳区建国路88号 SOHO现代城 B座 1206室", "浦东新区世纪大道100号", "天河区体育西路 191号 (Tower B)"],
  places: ["北京市", "上海市", "广东省广州市"],
  landmarks: ["地标：地铁站A出口旁", "近人民公园南门"],
  routeDays: "周一 · 周三 · 周五",
};

const VIETNAMESE = {
  shops: [{ name: "Hợp tác xã Chè Tân Cương", village: "Xã Tân Cương, TP Thái Nguyên", phone: "+84 912 000 001" }],
  names: ["Nguyễn Thị Hằng", "Trần Văn Đức", "Lê Ngọc Ánh", "Phạm Quỳnh Hương", "Đặng Hữu Lộc"],
  streets: ["Số 12 ngõ 34 phố Huỳnh Thúc Kháng", "Ấp Đông Hòa, xã Mỹ Phước", "Thôn Thượng, xã Đường Lâm"],
  places: ["Quận Đống Đa, Hà Nội", "Huyện Tân Phước, Tiền Giang", "Thị xã Sơn Tây, Hà Nội"],
  landmarks: ["Gần chợ Ẩm thực, đối diện nhà thờ", "Cạnh trường tiểu học Hữu Nghị", "Đầu ngõ có cây đa lớn"],
  routeDays: "Thứ Hai · Thứ Tư · Thứ Sáu",
};

const LOCALES: readonly LabelLocale[] = ["fa", "zh", "vi"];
const SERVICES: readonly LabelData["service"][] = ["parcel", "registered", "express"];

function pick<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length];
  if (item === undefined) throw new Error("empty sample list");
  return item;
}

/** The i-th sample label: Persian, Chinese and Vietnamese in turn unless a language is given. */
export function sampleLabel(i: number, locale: LabelLocale = pick(LOCALES, i)): LabelData {
  // the demo market that speaks the label's language (seed data)
  const country = (markets.find((m) => m.defaultLocale === locale) ?? markets[0]).code;
  const data = locale === "zh" ? CHINESE : locale === "vi" ? VIETNAMESE : PERSIAN;
  const k = Math.floor(i / 3);
  const codEvery = locale === "fa" ? 2 : 3;
  const cod: LabelData["cashOnDelivery"] =
    k % codEvery !== 0
      ? undefined
      : locale === "zh"
        ? { amountMinor: 12_800 + (k % 50) * 100, currency: "CNY" }
        : locale === "vi"
          ? { amountMinor: 250_000 + (k % 40) * 5_000, currency: "VND" }
          : { amountMinor: 1_850_000 + (k % 30) * 10_000, currency: "IRR" };
  return {
    trackingNumber: formatS10("CP", 10_000_000 + i, country),
    orderNumber: `VP-${String(2026_000_000 + i)}`,
    service: pick(SERVICES, k),
    weightGrams: 250 + (i % 37) * 125,
    locale,
    sender: pick(data.shops, k),
    recipient: {
      name: pick(data.names, i),
      addressLines: [pick(data.places, i + k), houseNumber(locale, pick(data.streets, k), (i % 397) + 1), pick(data.landmarks, k + 1)],
      postalCode: locale === "fa" ? `${1_000_000_000 + ((i * 7919) % 8_999_999_999)}` : locale === "zh" ? "100020" : "100000",
      phone: locale === "fa" ? "+98 912 000 0001" : locale === "zh" ? "+86 139 0000 0002" : "+84 988 000 003",
    },
    cashOnDelivery: cod,
    routeDays: data.routeDays,
    date: new Date(Date.UTC(2026, 10, 22, 8, 30)),
    timeZone: locale === "zh" ? "Asia/Shanghai" : locale === "vi" ? "Asia/Ho_Chi_Minh" : "Asia/Tehran",
  };
}

/** The street line with a house number, as each country writes it (Persian digits in Iran). */
function houseNumber(locale: LabelLocale, street: string, n: number): string {
  if (locale === "zh") return `${street} ${n}号院`;
  if (locale === "vi") return `Số ${n}, ${street}`;
  return `${street}، پلاک ${PERSIAN_NUMBER.format(n)}`;
}

const PERSIAN_NUMBER = new Intl.NumberFormat("fa-IR", { useGrouping: false });
