import type { L10n, MarketCode } from "../types";

/**
 * Demo logistics data: parcel service points, postal route days per village,
 * postage tariffs and per-market payment options. Region slugs refer to the
 * trees in ir.ts, cn.ts and vn.ts.
 */

/* -------------------------------------------------------------------- types */

export interface SeedServicePoint {
  /** unique, uppercase, e.g. "IR-SK-BIRJAND-PO" */
  code: string;
  market: MarketCode;
  /** a village or county slug from the region trees of the same market */
  region: string;
  type: "post_office" | "service_counter" | "village_station" | "commune_post_office";
  name: L10n;
  address: L10n;
  hours: L10n;
  lat: number;
  lng: number;
  acceptsCashOnDelivery: boolean;
  /** IR 10 digits, CN 6 digits, VN 5 digits */
  postalCode: string;
}

export interface SeedRoute {
  /** village slug */
  village: string;
  /** 0 = Sunday … 6 = Saturday */
  weekdays: number[];
}

export interface SeedTariff {
  market: MarketCode;
  zone: "same_county" | "same_province" | "other_province";
  maxWeightGrams: number;
  /** IR → rials, CN → fen, VN → đồng */
  priceMinor: number;
}

export interface SeedMarketPayments {
  market: MarketCode;
  paymentMethods: ("card" | "cod")[];
  walletMethods: string[];
  codFeeMinor: number;
}

/* ------------------------------------------------------------ opening hours */

/** Iranian county post office: the week runs Saturday–Thursday, Friday is closed. */
const IR_POST_OFFICE_HOURS: L10n = {
  fa: "شنبه تا چهارشنبه ۷:۳۰ تا ۱۴:۳۰، پنجشنبه ۸:۰۰ تا ۱۲:۰۰",
  zh: "周六至周三 07:30–14:30，周四 08:00–12:00",
  vi: "Thứ Bảy – Thứ Tư 07:30–14:30, Thứ Năm 08:00–12:00",
  en: "Sat–Wed 07:30–14:30, Thu 08:00–12:00",
};

/** Rural pishkhan (ICT service counter), usually also open in the late afternoon. */
const IR_PISHKHAN_HOURS: L10n = {
  fa: "شنبه تا چهارشنبه ۸:۰۰ تا ۱۴:۰۰ و ۱۶:۰۰ تا ۱۸:۰۰، پنجشنبه ۸:۰۰ تا ۱۲:۰۰",
  zh: "周六至周三 08:00–14:00、16:00–18:00，周四 08:00–12:00",
  vi: "Thứ Bảy – Thứ Tư 08:00–14:00 và 16:00–18:00, Thứ Năm 08:00–12:00",
  en: "Sat–Wed 08:00–14:00 and 16:00–18:00, Thu 08:00–12:00",
};

/** Chinese county post office, open every day with shorter Sunday hours. */
const CN_POST_OFFICE_HOURS: L10n = {
  fa: "دوشنبه تا شنبه ۸:۳۰ تا ۱۸:۰۰، یکشنبه ۹:۰۰ تا ۱۶:۰۰",
  zh: "周一至周六 08:30–18:00，周日 09:00–16:00",
  vi: "Thứ Hai – Thứ Bảy 08:30–18:00, Chủ Nhật 09:00–16:00",
  en: "Mon–Sat 08:30–18:00, Sun 09:00–16:00",
};

/** China Post village delivery station, usually run from a village shop. */
const CN_VILLAGE_STATION_HOURS: L10n = {
  fa: "دوشنبه تا شنبه ۹:۰۰ تا ۱۲:۰۰ و ۱۴:۰۰ تا ۱۹:۰۰",
  zh: "周一至周六 09:00–12:00、14:00–19:00",
  vi: "Thứ Hai – Thứ Bảy 09:00–12:00 và 14:00–19:00",
  en: "Mon–Sat 09:00–12:00 and 14:00–19:00",
};

/** Vietnamese district post office, with a Sunday-morning counter. */
const VN_POST_OFFICE_HOURS: L10n = {
  fa: "دوشنبه تا شنبه ۷:۰۰ تا ۱۱:۳۰ و ۱۳:۳۰ تا ۱۷:۰۰، یکشنبه ۷:۰۰ تا ۱۱:۰۰",
  zh: "周一至周六 07:00–11:30、13:30–17:00，周日 07:00–11:00",
  vi: "Thứ Hai – Thứ Bảy 07:00–11:30 và 13:30–17:00, Chủ Nhật 07:00–11:00",
  en: "Mon–Sat 07:00–11:30 and 13:30–17:00, Sun 07:00–11:00",
};

/** Vietnamese commune cultural post office (bưu điện văn hóa xã). */
const VN_COMMUNE_POST_OFFICE_HOURS: L10n = {
  fa: "دوشنبه تا شنبه ۷:۰۰ تا ۱۱:۰۰ و ۱۳:۳۰ تا ۱۶:۳۰",
  zh: "周一至周六 07:00–11:00、13:30–16:30",
  vi: "Thứ Hai – Thứ Bảy 07:00–11:00 và 13:30–16:30",
  en: "Mon–Sat 07:00–11:00 and 13:30–16:30",
};

/** 0 = Sunday … 6 = Saturday → "HH:MM-HH:MM" intervals; a day not named is closed. */
type Week = Partial<Record<"0" | "1" | "2" | "3" | "4" | "5" | "6", string[]>>;
const days = (from: number, to: number, intervals: string[]): Week => {
  const week: Week = {};
  for (let d = from; ; d = (d + 1) % 7) {
    week[String(d) as keyof Week] = intervals;
    if (d === to) return week;
  }
};

/** The same hours as data, for the admin screen and the checkout. */
const OPENING_HOURS = new Map<L10n, Week>([
  [IR_POST_OFFICE_HOURS, { ...days(6, 3, ["07:30-14:30"]), ...days(4, 4, ["08:00-12:00"]) }],
  [IR_PISHKHAN_HOURS, { ...days(6, 3, ["08:00-14:00", "16:00-18:00"]), ...days(4, 4, ["08:00-12:00"]) }],
  [CN_POST_OFFICE_HOURS, { ...days(1, 6, ["08:30-18:00"]), ...days(0, 0, ["09:00-16:00"]) }],
  [CN_VILLAGE_STATION_HOURS, days(1, 6, ["09:00-12:00", "14:00-19:00"])],
  [VN_POST_OFFICE_HOURS, { ...days(1, 6, ["07:00-11:30", "13:30-17:00"]), ...days(0, 0, ["07:00-11:00"]) }],
  [VN_COMMUNE_POST_OFFICE_HOURS, days(1, 6, ["07:00-11:00", "13:30-16:30"])],
]);

/** A seeded point's opening hours as data (null for hours written only as text). */
export function openingHoursOf(hours: L10n): Week | null {
  return OPENING_HOURS.get(hours) ?? null;
}

/* ----------------------------------------------------------- service points */

export const servicePoints: SeedServicePoint[] = [
  /* ------------------------------------------------ Iran: South Khorasan */
  {
    code: "IR-SK-BIRJAND-PO",
    market: "IR",
    region: "ir-sk-birjand",
    type: "post_office",
    name: { fa: "اداره پست مرکزی بیرجند", zh: "比尔詹德中央邮局", vi: "Bưu điện trung tâm Birjand", en: "Birjand Central Post Office" },
    address: {
      fa: "بیرجند، خیابان امام خمینی، نزدیک میدان ابوذر",
      zh: "比尔詹德市伊玛目霍梅尼街，靠近阿布扎尔广场",
      vi: "Đường Imam Khomeini, gần quảng trường Abuzar, thành phố Birjand",
      en: "Imam Khomeini Street, near Abuzar Square, Birjand",
    },
    hours: IR_POST_OFFICE_HOURS,
    lat: 32.8731,
    lng: 59.2168,
    acceptsCashOnDelivery: true,
    postalCode: "9717814361",
  },
  {
    code: "IR-SK-NOWFEREST-PK",
    market: "IR",
    region: "ir-sk-birjand-nowferest",
    type: "service_counter",
    name: {
      fa: "دفتر پیشخوان روستایی نوفرست",
      zh: "诺费雷斯特乡村服务柜台（皮什汗）",
      vi: "Quầy dịch vụ nông thôn (pishkhan) Nowferest",
      en: "Nowferest Village Pishkhan Counter",
    },
    address: {
      fa: "روستای نوفرست، کنار مسجد جامع",
      zh: "诺费雷斯特村，清真寺旁",
      vi: "Làng Nowferest, cạnh nhà thờ Hồi giáo",
      en: "Nowferest village, next to the mosque",
    },
    hours: IR_PISHKHAN_HOURS,
    lat: 32.7223,
    lng: 59.4181,
    acceptsCashOnDelivery: false,
    postalCode: "9736113847",
  },
  {
    code: "IR-SK-ZIRKUH-PO",
    market: "IR",
    region: "ir-sk-zirkuh",
    type: "post_office",
    name: {
      fa: "اداره پست شهرستان زیرکوه",
      zh: "齐尔库赫县邮局",
      vi: "Bưu điện huyện Zirkuh",
      en: "Zirkuh County Post Office",
    },
    address: {
      fa: "حاجی‌آباد، مرکز شهرستان زیرکوه، خیابان اصلی، روبه‌روی فرمانداری",
      zh: "齐尔库赫县县城哈吉阿巴德，主街，县政府对面",
      vi: "Hajiabad (thị trấn huyện lỵ Zirkuh), đường chính, đối diện trụ sở huyện",
      en: "Hajiabad (Zirkuh county seat), main street, opposite the county governorate",
    },
    hours: IR_POST_OFFICE_HOURS,
    lat: 33.5527,
    lng: 60.0474,
    acceptsCashOnDelivery: true,
    postalCode: "9769113659",
  },
  {
    code: "IR-SK-ESFEDEN-PK",
    market: "IR",
    region: "ir-sk-zirkuh-esfeden",
    type: "service_counter",
    name: {
      fa: "دفتر پیشخوان روستایی اسفدن",
      zh: "埃斯费登乡村服务柜台（皮什汗）",
      vi: "Quầy dịch vụ nông thôn (pishkhan) Esfeden",
      en: "Esfeden Village Pishkhan Counter",
    },
    address: {
      fa: "روستای اسفدن، کنار ساختمان دهیاری",
      zh: "埃斯费登村，村委会（德希亚里）办公楼旁",
      vi: "Làng Esfeden, cạnh trụ sở hội đồng làng (dehyari)",
      en: "Esfeden village, beside the village council office (dehyari)",
    },
    hours: IR_PISHKHAN_HOURS,
    lat: 33.7024,
    lng: 59.8527,
    acceptsCashOnDelivery: true,
    postalCode: "9769818451",
  },

  /* ------------------------------------------------------- Iran: Gilan */
  {
    code: "IR-GL-RASHT-PO",
    market: "IR",
    region: "ir-gl-rasht",
    type: "post_office",
    name: { fa: "اداره پست مرکزی رشت", zh: "拉什特中央邮局", vi: "Bưu điện trung tâm Rasht", en: "Rasht Central Post Office" },
    address: {
      fa: "رشت، خیابان امام خمینی، نزدیک میدان شهرداری",
      zh: "拉什特市伊玛目霍梅尼街，靠近市政厅广场",
      vi: "Đường Imam Khomeini, gần quảng trường Tòa thị chính, thành phố Rasht",
      en: "Imam Khomeini Street, near Shahrdari (Municipality) Square, Rasht",
    },
    hours: IR_POST_OFFICE_HOURS,
    lat: 37.2794,
    lng: 49.5839,
    acceptsCashOnDelivery: true,
    postalCode: "4114936151",
  },
  {
    code: "IR-GL-CHAPARKHANEH-PK",
    market: "IR",
    region: "ir-gl-rasht-chaparkhaneh",
    type: "service_counter",
    name: {
      fa: "دفتر پیشخوان روستایی چاپارخانه",
      zh: "恰帕尔哈内乡村服务柜台（皮什汗）",
      vi: "Quầy dịch vụ nông thôn (pishkhan) Chaparkhaneh",
      en: "Chaparkhaneh Village Pishkhan Counter",
    },
    address: {
      fa: "روستای چاپارخانه، کنار مسجد",
      zh: "恰帕尔哈内村，清真寺旁",
      vi: "Làng Chaparkhaneh, cạnh nhà thờ Hồi giáo",
      en: "Chaparkhaneh village, next to the mosque",
    },
    hours: IR_PISHKHAN_HOURS,
    lat: 37.3718,
    lng: 49.6573,
    acceptsCashOnDelivery: true,
    postalCode: "4339114786",
  },
  {
    code: "IR-GL-LAHIJAN-PO",
    market: "IR",
    region: "ir-gl-lahijan",
    type: "post_office",
    name: { fa: "اداره پست لاهیجان", zh: "拉希詹邮局", vi: "Bưu điện Lahijan", en: "Lahijan Post Office" },
    address: {
      fa: "لاهیجان، نزدیک میدان شهدا",
      zh: "拉希詹市，靠近烈士广场",
      vi: "Gần quảng trường Liệt sĩ (Shohada), thành phố Lahijan",
      en: "Near Shohada Square, Lahijan",
    },
    hours: IR_POST_OFFICE_HOURS,
    lat: 37.2031,
    lng: 49.9968,
    acceptsCashOnDelivery: true,
    postalCode: "4416813695",
  },
  {
    code: "IR-GL-HARZEVIL-PK",
    market: "IR",
    region: "ir-gl-rudbar-harzevil",
    type: "service_counter",
    name: {
      fa: "دفتر پیشخوان روستایی هرزویل",
      zh: "哈尔泽维尔乡村服务柜台（皮什汗）",
      vi: "Quầy dịch vụ nông thôn (pishkhan) Harzevil",
      en: "Harzevil Village Pishkhan Counter",
    },
    address: {
      fa: "روستای هرزویل، روبه‌روی بازارچه روستا",
      zh: "哈尔泽维尔村，村集市对面",
      vi: "Làng Harzevil, đối diện chợ làng",
      en: "Harzevil village, opposite the village market",
    },
    hours: IR_PISHKHAN_HOURS,
    lat: 36.7822,
    lng: 49.4368,
    acceptsCashOnDelivery: false,
    postalCode: "4496813741",
  },

  /* ----------------------------------------------------- China: Guizhou */
  {
    code: "CN-GZ-HUISHUI-PO",
    market: "CN",
    region: "cn-gz-huishui",
    type: "post_office",
    name: { fa: "اداره پست شهرستان هوئی‌شوی", zh: "惠水县邮政局", vi: "Bưu cục huyện Huệ Thủy", en: "Huishui County Post Office" },
    address: {
      fa: "شهرک هه‌پینگ، مرکز شهرستان هوئی‌شوی، ضلع شرقی میدان مرکزی",
      zh: "惠水县和平镇县城中心广场东侧",
      vi: "Phía đông quảng trường trung tâm, trấn Hòa Bình, huyện Huệ Thủy",
      en: "East side of the central square, Heping Town, Huishui County",
    },
    hours: CN_POST_OFFICE_HOURS,
    lat: 26.1324,
    lng: 106.6623,
    acceptsCashOnDelivery: true,
    postalCode: "550600",
  },
  {
    code: "CN-GZ-HAOHUAHONG-VS",
    market: "CN",
    region: "cn-gz-huishui-haohuahong",
    type: "village_station",
    name: {
      fa: "ایستگاه پستی روستای هائوهواهونگ",
      zh: "好花红村村邮站",
      vi: "Trạm bưu chính thôn Hảo Hoa Hồng",
      en: "Haohuahong Village Post Station",
    },
    address: {
      fa: "روستای هائوهواهونگ، شهرک هائوهواهونگ، کنار ساختمان کمیته روستا",
      zh: "好花红镇好花红村，村委会旁",
      vi: "Thôn Hảo Hoa Hồng, trấn Hảo Hoa Hồng, cạnh trụ sở ủy ban thôn",
      en: "Haohuahong village, Haohuahong Town, beside the village committee",
    },
    hours: CN_VILLAGE_STATION_HOURS,
    lat: 26.0623,
    lng: 106.6074,
    acceptsCashOnDelivery: true,
    postalCode: "550605",
  },
  {
    code: "CN-GZ-MAOJIAN-VS",
    market: "CN",
    region: "cn-gz-duyun-maojian",
    type: "village_station",
    name: {
      fa: "ایستگاه پستی شهرک مائوجیان",
      zh: "毛尖镇村邮站",
      vi: "Trạm bưu chính trấn Mao Tiêm",
      en: "Maojian Town Post Station",
    },
    address: {
      fa: "شهرک مائوجیان، شهر دویون، روبه‌روی بازار",
      zh: "都匀市毛尖镇，集市对面",
      vi: "Trấn Mao Tiêm, thành phố Đô Quân, đối diện chợ",
      en: "Maojian Town, Duyun City, opposite the market",
    },
    hours: CN_VILLAGE_STATION_HOURS,
    lat: 26.3727,
    lng: 107.3968,
    acceptsCashOnDelivery: false,
    postalCode: "558019",
  },
  {
    code: "CN-GZ-LUODIAN-PO",
    market: "CN",
    region: "cn-gz-luodian",
    type: "post_office",
    name: { fa: "اداره پست شهرستان لوئودیان", zh: "罗甸县邮政局", vi: "Bưu cục huyện La Điện", en: "Luodian County Post Office" },
    address: {
      fa: "مرکز شهرستان لوئودیان (لونگ‌پینگ)، نزدیک بازار مرکزی",
      zh: "罗甸县城（龙坪），中心市场附近",
      vi: "Huyện lỵ La Điện (Long Bình), gần chợ trung tâm",
      en: "Luodian county town (Longping), near the central market",
    },
    hours: CN_POST_OFFICE_HOURS,
    lat: 25.4318,
    lng: 106.7527,
    acceptsCashOnDelivery: true,
    postalCode: "550100",
  },

  /* ------------------------------------------------------ China: Yunnan */
  {
    code: "CN-YN-MENGHAI-PO",
    market: "CN",
    region: "cn-yn-menghai",
    type: "post_office",
    name: { fa: "اداره پست شهرستان منگ‌های", zh: "勐海县邮政局", vi: "Bưu cục huyện Mãnh Hải", en: "Menghai County Post Office" },
    address: {
      fa: "شهرک منگ‌های، مرکز شهرستان، نزدیک میدان مرکزی",
      zh: "勐海县勐海镇，县城中心广场附近",
      vi: "Trấn Mãnh Hải, trung tâm huyện lỵ, gần quảng trường trung tâm",
      en: "Menghai Town, county-seat centre, near the central square",
    },
    hours: CN_POST_OFFICE_HOURS,
    lat: 21.9623,
    lng: 100.4481,
    acceptsCashOnDelivery: true,
    postalCode: "666200",
  },
  {
    code: "CN-YN-NANNUOSHAN-VS",
    market: "CN",
    region: "cn-yn-menghai-nannuoshan",
    type: "village_station",
    name: {
      fa: "ایستگاه پستی روستای نان‌نوئوشان",
      zh: "南糯山村村邮站",
      vi: "Trạm bưu chính thôn Nam Nọa Sơn",
      en: "Nannuoshan Village Post Station",
    },
    address: {
      fa: "روستای نان‌نوئوشان، دهستان گه‌لانگ‌هه، کنار ساختمان کمیته روستا",
      zh: "格朗和乡南糯山村，村委会旁",
      vi: "Thôn Nam Nọa Sơn, hương Cách Lãng Hòa, cạnh trụ sở ủy ban thôn",
      en: "Nannuoshan village, Gelanghe Township, beside the village committee",
    },
    hours: CN_VILLAGE_STATION_HOURS,
    lat: 21.9327,
    lng: 100.6124,
    acceptsCashOnDelivery: true,
    postalCode: "666204",
  },
  {
    code: "CN-YN-YUANYANG-PO",
    market: "CN",
    region: "cn-yn-yuanyang",
    type: "post_office",
    name: { fa: "اداره پست شهرستان یوان‌یانگ", zh: "元阳县邮政局", vi: "Bưu cục huyện Nguyên Dương", en: "Yuanyang County Post Office" },
    address: {
      fa: "شهرک نان‌شا، مرکز شهرستان یوان‌یانگ، نزدیک ایستگاه اتوبوس",
      zh: "元阳县南沙镇，县城汽车站附近",
      vi: "Trấn Nam Sa, huyện lỵ Nguyên Dương, gần bến xe khách",
      en: "Nansha Town, Yuanyang county seat, near the bus station",
    },
    hours: CN_POST_OFFICE_HOURS,
    lat: 23.2226,
    lng: 102.8318,
    acceptsCashOnDelivery: true,
    postalCode: "662400",
  },
  {
    code: "CN-YN-NAKELI-VS",
    market: "CN",
    region: "cn-yn-ninger-nakeli",
    type: "village_station",
    name: {
      fa: "ایستگاه پستی روستای ناکه‌لی",
      zh: "那柯里村村邮站",
      vi: "Trạm bưu chính thôn Na Kha Lý",
      en: "Nakeli Village Post Station",
    },
    address: {
      fa: "روستای ناکه‌لی، شهرک تونگ‌شین، کنار کاروانسرای قدیمی جاده چای و اسب",
      zh: "同心镇那柯里村，茶马古道驿站旁",
      vi: "Thôn Na Kha Lý, trấn Đồng Tâm, cạnh trạm dịch cũ trên Con đường trà ngựa",
      en: "Nakeli village, Tongxin Town, next to the old Tea-Horse Road post station",
    },
    hours: CN_VILLAGE_STATION_HOURS,
    lat: 22.9322,
    lng: 101.0176,
    acceptsCashOnDelivery: false,
    postalCode: "665102",
  },

  /* ---------------------------------------------------- Vietnam: Long An */
  {
    code: "VN-LA-CHAU-THANH-PO",
    market: "VN",
    region: "vn-la-chau-thanh",
    type: "post_office",
    name: { fa: "اداره پست شهرستان چائو تان", zh: "州城县邮局", vi: "Bưu điện huyện Châu Thành", en: "Chau Thanh District Post Office" },
    address: {
      fa: "شهرک تام وو، مرکز شهرستان چائو تان، روبه‌روی بازار",
      zh: "州城县县城市镇，县城市场对面",
      vi: "Thị trấn Tầm Vu, huyện Châu Thành, đối diện chợ Tầm Vu",
      en: "Tam Vu town, Chau Thanh District, opposite Tam Vu market",
    },
    hours: VN_POST_OFFICE_HOURS,
    lat: 10.4604,
    lng: 106.4948,
    acceptsCashOnDelivery: true,
    postalCode: "82706",
  },
  {
    code: "VN-LA-THANH-PHU-LONG-BDVHX",
    market: "VN",
    region: "vn-la-chau-thanh-thanh-phu-long",
    type: "commune_post_office",
    name: {
      fa: "دفتر پست فرهنگی کمون تان فو لونگ",
      zh: "清富隆社文化邮局",
      vi: "Bưu điện văn hóa xã Thanh Phú Long",
      en: "Thanh Phu Long Commune Cultural Post Office",
    },
    address: {
      fa: "کمون تان فو لونگ، کنار ساختمان کمیته مردمی کمون",
      zh: "清富隆社，社人民委员会旁",
      vi: "Xã Thanh Phú Long, cạnh trụ sở Ủy ban nhân dân xã",
      en: "Thanh Phu Long commune, beside the commune People's Committee",
    },
    hours: VN_COMMUNE_POST_OFFICE_HOURS,
    lat: 10.4733,
    lng: 106.4609,
    acceptsCashOnDelivery: true,
    postalCode: "82713",
  },
  {
    code: "VN-LA-CAN-DUOC-PO",
    market: "VN",
    region: "vn-la-can-duoc",
    type: "post_office",
    name: { fa: "اداره پست شهرستان کان دوک", zh: "芹德县邮局", vi: "Bưu điện huyện Cần Đước", en: "Can Duoc District Post Office" },
    address: {
      fa: "شهرک کان دوک، نزدیک بازار کان دوک",
      zh: "芹德市镇，芹德市场附近",
      vi: "Thị trấn Cần Đước, gần chợ Cần Đước",
      en: "Can Duoc town, near Can Duoc market",
    },
    hours: VN_POST_OFFICE_HOURS,
    lat: 10.5092,
    lng: 106.6043,
    acceptsCashOnDelivery: true,
    postalCode: "82806",
  },
  {
    code: "VN-LA-LUONG-HOA-BDVHX",
    market: "VN",
    region: "vn-la-ben-luc-luong-hoa",
    type: "commune_post_office",
    name: {
      fa: "دفتر پست فرهنگی کمون لوئونگ هوا",
      zh: "良和社文化邮局",
      vi: "Bưu điện văn hóa xã Lương Hòa",
      en: "Luong Hoa Commune Cultural Post Office",
    },
    address: {
      fa: "کمون لوئونگ هوا، شهرستان بن لوک، روبه‌روی بازار لوئونگ هوا",
      zh: "滨沥县良和社，良和市场对面",
      vi: "Xã Lương Hòa, huyện Bến Lức, đối diện chợ Lương Hòa",
      en: "Luong Hoa commune, Ben Luc District, opposite Luong Hoa market",
    },
    hours: VN_COMMUNE_POST_OFFICE_HOURS,
    lat: 10.6662,
    lng: 106.4583,
    acceptsCashOnDelivery: false,
    postalCode: "82615",
  },

  /* -------------------------------------------------- Vietnam: Lâm Đồng */
  {
    code: "VN-LD-BAO-LOC-PO",
    market: "VN",
    region: "vn-ld-bao-loc",
    type: "post_office",
    name: { fa: "اداره پست شهر بائو لوک", zh: "保禄市邮局", vi: "Bưu điện thành phố Bảo Lộc", en: "Bao Loc City Post Office" },
    address: {
      fa: "بائو لوک، خیابان چان فو، نزدیک بازار بائو لوک",
      zh: "保禄市陈富路，保禄市场附近",
      vi: "Đường Trần Phú, gần chợ Bảo Lộc, thành phố Bảo Lộc",
      en: "Tran Phu Street, near Bao Loc market, Bao Loc",
    },
    hours: VN_POST_OFFICE_HOURS,
    lat: 11.5462,
    lng: 107.8093,
    acceptsCashOnDelivery: true,
    postalCode: "66106",
  },
  {
    code: "VN-LD-DAI-LAO-BDVHX",
    market: "VN",
    region: "vn-ld-bao-loc-dai-lao",
    type: "commune_post_office",
    name: {
      fa: "دفتر پست فرهنگی کمون دای لائو",
      zh: "大劳社文化邮局",
      vi: "Bưu điện văn hóa xã Đại Lào",
      en: "Dai Lao Commune Cultural Post Office",
    },
    address: {
      fa: "کمون دای لائو، کنار ساختمان کمیته مردمی کمون",
      zh: "大劳社，社人民委员会旁",
      vi: "Xã Đại Lào, cạnh trụ sở Ủy ban nhân dân xã",
      en: "Dai Lao commune, beside the commune People's Committee",
    },
    hours: VN_COMMUNE_POST_OFFICE_HOURS,
    lat: 11.5452,
    lng: 107.7443,
    acceptsCashOnDelivery: true,
    postalCode: "66118",
  },
  {
    code: "VN-LD-LAC-DUONG-PO",
    market: "VN",
    region: "vn-ld-lac-duong",
    type: "post_office",
    name: { fa: "اداره پست شهرستان لاک زوئونگ", zh: "乐阳县邮局", vi: "Bưu điện huyện Lạc Dương", en: "Lac Duong District Post Office" },
    address: {
      fa: "شهرک لاک زوئونگ، نزدیک بازار لاک زوئونگ",
      zh: "乐阳市镇，乐阳市场附近",
      vi: "Thị trấn Lạc Dương, gần chợ Lạc Dương",
      en: "Lac Duong town, near Lac Duong market",
    },
    hours: VN_POST_OFFICE_HOURS,
    lat: 12.0062,
    lng: 108.4228,
    acceptsCashOnDelivery: true,
    postalCode: "66506",
  },
  {
    code: "VN-LD-DA-SAR-BDVHX",
    market: "VN",
    region: "vn-ld-lac-duong-da-sar",
    type: "commune_post_office",
    name: {
      fa: "دفتر پست فرهنگی کمون دا سار",
      zh: "达沙社文化邮局",
      vi: "Bưu điện văn hóa xã Đạ Sar",
      en: "Da Sar Commune Cultural Post Office",
    },
    address: {
      fa: "کمون دا سار، روبه‌روی بازار کمون",
      zh: "达沙社，社集市对面",
      vi: "Xã Đạ Sar, đối diện chợ xã",
      en: "Da Sar commune, opposite the commune market",
    },
    hours: VN_COMMUNE_POST_OFFICE_HOURS,
    lat: 11.9918,
    lng: 108.5543,
    acceptsCashOnDelivery: false,
    postalCode: "66514",
  },
];

/* ------------------------------------------------------------------- routes */

// Weekday numbers: 0 = Sunday … 6 = Saturday.
/** Saturday, Monday, Wednesday: the usual Iranian pattern (Friday is the weekend). */
const SAT_MON_WED = [1, 3, 6];
/** Sunday, Tuesday, Thursday */
const SUN_TUE_THU = [0, 2, 4];
const MON_WED_FRI = [1, 3, 5];
const TUE_THU_SAT = [2, 4, 6];

/** One entry per village-level region; remote villages are served twice a week. */
export const routes: SeedRoute[] = [
  /* Iran: South Khorasan */
  { village: "ir-sk-birjand-kharashad", weekdays: SAT_MON_WED },
  { village: "ir-sk-birjand-nowferest", weekdays: SUN_TUE_THU },
  { village: "ir-sk-birjand-kuch", weekdays: SAT_MON_WED },
  { village: "ir-sk-zirkuh-afin", weekdays: [0, 3] }, // remote: Sunday, Wednesday
  { village: "ir-sk-zirkuh-esfeden", weekdays: [2, 6] }, // remote: Saturday, Tuesday
  /* Iran: Gilan */
  { village: "ir-gl-rasht-chaparkhaneh", weekdays: SAT_MON_WED },
  { village: "ir-gl-rasht-pasikhan", weekdays: SUN_TUE_THU },
  { village: "ir-gl-lahijan-sheykhanbar", weekdays: SAT_MON_WED },
  { village: "ir-gl-lahijan-shekakom", weekdays: SUN_TUE_THU },
  { village: "ir-gl-rudbar-harzevil", weekdays: SAT_MON_WED },
  { village: "ir-gl-rudbar-halimehjan", weekdays: [0, 3] }, // mountain village: Sunday, Wednesday

  /* China: Guizhou */
  { village: "cn-gz-huishui-heping", weekdays: MON_WED_FRI },
  { village: "cn-gz-huishui-haohuahong", weekdays: TUE_THU_SAT },
  { village: "cn-gz-duyun-maojian", weekdays: MON_WED_FRI },
  { village: "cn-gz-duyun-mochong", weekdays: TUE_THU_SAT },
  { village: "cn-gz-luodian-hongshuihe", weekdays: [2, 5] }, // remote: Tuesday, Friday
  { village: "cn-gz-luodian-moyang", weekdays: MON_WED_FRI },
  /* China: Yunnan */
  { village: "cn-yn-menghai-nannuoshan", weekdays: MON_WED_FRI },
  { village: "cn-yn-menghai-hekai", weekdays: TUE_THU_SAT },
  { village: "cn-yn-menghai-laobanzhang", weekdays: [2, 5] }, // remote: Tuesday, Friday
  { village: "cn-yn-yuanyang-xinjie", weekdays: MON_WED_FRI },
  { village: "cn-yn-yuanyang-panzhihua", weekdays: [1, 4] }, // remote: Monday, Thursday
  { village: "cn-yn-ninger-nakeli", weekdays: TUE_THU_SAT },
  { village: "cn-yn-ninger-kuanhong", weekdays: MON_WED_FRI },

  /* Vietnam: Long An */
  { village: "vn-la-chau-thanh-thanh-phu-long", weekdays: MON_WED_FRI },
  { village: "vn-la-chau-thanh-hoa-phu", weekdays: TUE_THU_SAT },
  { village: "vn-la-chau-thanh-duong-xuan-hoi", weekdays: MON_WED_FRI },
  { village: "vn-la-can-duoc-my-le", weekdays: TUE_THU_SAT },
  { village: "vn-la-can-duoc-tan-lan", weekdays: MON_WED_FRI },
  { village: "vn-la-ben-luc-thanh-loi", weekdays: TUE_THU_SAT },
  { village: "vn-la-ben-luc-luong-hoa", weekdays: MON_WED_FRI },
  /* Vietnam: Lâm Đồng */
  { village: "vn-ld-bao-loc-loc-chau", weekdays: MON_WED_FRI },
  { village: "vn-ld-bao-loc-dai-lao", weekdays: TUE_THU_SAT },
  { village: "vn-ld-lac-duong-lat", weekdays: TUE_THU_SAT },
  { village: "vn-ld-lac-duong-da-sar", weekdays: [2, 5] }, // remote: Tuesday, Friday
  { village: "vn-ld-di-linh-gia-hiep", weekdays: MON_WED_FRI },
  { village: "vn-ld-di-linh-tan-chau", weekdays: [1, 4] }, // remote: Monday, Thursday
];

/* ------------------------------------------------------------------ tariffs */

/** [maxWeightGrams, same_county, same_province, other_province] in the market's minor unit */
type TariffRow = [maxWeightGrams: number, sameCounty: number, sameProvince: number, otherProvince: number];

const tariffTable = (market: MarketCode, rows: TariffRow[]): SeedTariff[] =>
  rows.flatMap(([maxWeightGrams, sameCounty, sameProvince, otherProvince]) => [
    { market, zone: "same_county" as const, maxWeightGrams, priceMinor: sameCounty },
    { market, zone: "same_province" as const, maxWeightGrams, priceMinor: sameProvince },
    { market, zone: "other_province" as const, maxWeightGrams, priceMinor: otherProvince },
  ]);

/** The demo tariffs' first day (in each market's time zone): version 1 of every market's postage. */
export const TARIFFS_FROM = "2025-01-01";

/** Domestic parcel post, 2026 demo prices. */
export const tariffs: SeedTariff[] = [
  // Iran, rials (450,000 rials = 45,000 toman)
  ...tariffTable("IR", [
    [500, 450_000, 550_000, 700_000],
    [1000, 520_000, 640_000, 820_000],
    [2000, 640_000, 790_000, 1_010_000],
    [5000, 850_000, 1_050_000, 1_350_000],
    [10000, 1_150_000, 1_420_000, 1_800_000],
    [20000, 1_550_000, 1_900_000, 2_250_000],
    [30000, 1_850_000, 2_200_000, 2_500_000],
  ]),
  // China, fen (800 fen = ¥8)
  ...tariffTable("CN", [
    [500, 800, 1000, 1200],
    [1000, 900, 1100, 1400],
    [2000, 1000, 1300, 1700],
    [5000, 1300, 1700, 2300],
    [10000, 1800, 2300, 3000],
    [20000, 2500, 3100, 3900],
    [30000, 3000, 3700, 4500],
  ]),
  // Vietnam, đồng
  ...tariffTable("VN", [
    [500, 18_000, 22_000, 28_000],
    [1000, 20_000, 25_000, 32_500],
    [2000, 24_000, 30_000, 39_000],
    [5000, 32_000, 40_500, 52_000],
    [10000, 45_000, 56_000, 72_000],
    [20000, 62_000, 78_000, 98_000],
    [30000, 75_000, 94_000, 120_000],
  ]),
];

/* ----------------------------------------------------------------- payments */

export const marketPayments: SeedMarketPayments[] = [
  // Stripe does not support IRR: cash on delivery only; fee 15,000 toman
  { market: "IR", paymentMethods: ["cod"], walletMethods: [], codFeeMinor: 150_000 },
  // fee ¥3
  { market: "CN", paymentMethods: ["card", "cod"], walletMethods: ["alipay", "wechat_pay"], codFeeMinor: 300 },
  { market: "VN", paymentMethods: ["card", "cod"], walletMethods: [], codFeeMinor: 15_000 },
];
