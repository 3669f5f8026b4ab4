/**
 * UPU S10 item identifiers: two-letter service indicator, eight-digit serial,
 * check digit, ISO 3166-1 country code of the issuing post — e.g. RR473124829GB.
 */
const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/** The S10 check digit of an eight-digit serial: 11 − (weighted sum mod 11), where 10 → 0 and 11 → 5. */
export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new RangeError(`An S10 serial has eight digits, got "${serial}"`);
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(serial[i]), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

export interface S10 {
  service: string;
  serial: string;
  checkDigit: number;
  country: string;
}

/** Builds the identifier for a serial number of a range. */
export function formatS10(service: string, serial: number, country: string): string {
  if (!/^[A-Z]{2}$/.test(service) || !/^[A-Z]{2}$/.test(country)) throw new RangeError("S10 service and country are two capital letters");
  if (!Number.isInteger(serial) || serial < 0 || serial > 99_999_999) throw new RangeError(`S10 serial out of range: ${serial}`);
  const digits = String(serial).padStart(8, "0");
  return `${service}${digits}${s10CheckDigit(digits)}${country}`;
}

/**
 * Reads an identifier as typed or scanned (spaces and lower case allowed) and
 * checks it; null when it is not a valid S10 number.
 */
export function parseS10(input: string): S10 | null {
  const compact = input.replace(/\s+/g, "").toUpperCase();
  const match = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/.exec(compact);
  if (!match) return null;
  const [, service = "", serial = "", check = "", country = ""] = match;
  if (s10CheckDigit(serial) !== Number(check)) return null;
  return { service, serial, checkDigit: Number(check), country };
}

/** A typed or scanned identifier in its printed form (CP123456785IR), or null when it is not a valid S10 number. */
export function normalizeS10(input: string): string | null {
  const parsed = parseS10(input);
  return parsed && `${parsed.service}${parsed.serial}${parsed.checkDigit}${parsed.country}`;
}
