// Thai digits (๐–๙) for printed documents, which may use them (DOMAIN.md §7); the app shows Arabic digits by default.
const THAI_ZERO = 0x0e50;

/** "พ.ศ. 2568" → "พ.ศ. ๒๕๖๘"; everything but the digits 0–9 is left as it is. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(THAI_ZERO + Number(digit)));
}
