export const markets = [
  { code: "IR", name: { fa: "ایران", zh: "伊朗", vi: "Iran", en: "Iran" }, currency: "IRR", currencyExponent: 0, defaultLocale: "fa", postalCodePattern: "^\\d{10}$", phoneRegion: "IR", timeZone: "Asia/Tehran", calendar: "persian", position: 0, regionLevels: ["province", "county", "village"] },
  { code: "CN", name: { fa: "چین", zh: "中国", vi: "Trung Quốc", en: "China" }, currency: "CNY", currencyExponent: 2, defaultLocale: "zh", postalCodePattern: "^\\d{6}$", phoneRegion: "CN", timeZone: "Asia/Shanghai", calendar: "gregory", position: 1, regionLevels: ["province", "county", "township", "village"] },
  // five digits since 2018; the older six-digit codes are still written on parcels
  { code: "VN", name: { fa: "ویتنام", zh: "越南", vi: "Việt Nam", en: "Vietnam" }, currency: "VND", currencyExponent: 0, defaultLocale: "vi", postalCodePattern: "^\\d{5}(\\d)?$", phoneRegion: "VN", timeZone: "Asia/Ho_Chi_Minh", calendar: "gregory", position: 2, regionLevels: ["province", "commune"] },
] as const;
