/** Wallet references a customer quotes in text, e.g. `TX-7KQ2M9XD`. */
export function transactionReferencesIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\bTX-[0-9A-Z]{5,12}\b/gi)].map((m) => m[0].toUpperCase()))];
}
