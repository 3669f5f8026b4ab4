import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

/**
 * A phone number as typed (local "0915 123 4567" or international "+98 915…")
 * in E.164, or null when it is not a valid number. `region` is the market's
 * country, used for numbers typed without a country code.
 */
export function toE164(input: string, region?: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), region as CountryCode | undefined);
  return parsed?.isValid() ? parsed.number : null;
}

/** E.164 shown the way people of that country write it, e.g. 0915 123 4567. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatNational() ?? e164;
}
