/** Shows only the last four characters of an account number: "•••• 4821". */
export function maskAccount(account: string | null): string | null {
  if (!account) return null;
  const compact = account.replace(/[\s-]/g, "");
  return `•••• ${compact.slice(-4)}`;
}
