/** PDF numbers: two decimals are finer than any printer dot. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}
