/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits as ASCII, so "۱۲۳" typed on a Persian keyboard reads as 123. */
export function asciiDigits(text: string): string {
  return text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}
