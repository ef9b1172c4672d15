// The amount in Thai words for printed forms: 10050 baht → "หนึ่งหมื่นห้าสิบบาทถ้วน".
const DIGITS = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];
const PLACES = ['', 'สิบ', 'ร้อย', 'พัน', 'หมื่น', 'แสน'];

/**
 * Reads 0 < n < 1,000,000 in Thai, with the rules for เอ็ด and ยี่สิบ. A final 1 is เอ็ด whenever
 * any higher digit precedes it, millions included: 1,000,001 is หนึ่งล้านเอ็ด.
 */
function readBelowMillion(n: number, afterMillions: boolean): string {
  const digits = String(n).split('').map(Number).reverse();
  let words = '';
  for (let place = digits.length - 1; place >= 0; place--) {
    const d = digits[place] ?? 0;
    if (d === 0) continue;
    if (place === 0 && d === 1 && (digits.length > 1 || afterMillions)) words += 'เอ็ด';
    else if (place === 1 && d === 1) words += 'สิบ';
    else if (place === 1 && d === 2) words += 'ยี่สิบ';
    else words += (DIGITS[d] ?? '') + (PLACES[place] ?? '');
  }
  return words;
}

function readInteger(n: number): string {
  if (n === 0) return DIGITS[0] ?? 'ศูนย์';
  const millions = Math.floor(n / 1_000_000);
  const rest = n % 1_000_000;
  const high = millions > 0 ? `${readInteger(millions)}ล้าน` : '';
  return high + (rest > 0 ? readBelowMillion(rest, millions > 0) : '');
}

export function bahtText(satang: number): string {
  if (!Number.isSafeInteger(satang) || satang < 0) throw new RangeError('satang must be a non-negative safe integer');
  const baht = Math.floor(satang / 100);
  const fraction = satang % 100;
  const bahtWords = baht > 0 || fraction === 0 ? `${readInteger(baht)}บาท` : '';
  return fraction === 0 ? `${bahtWords}ถ้วน` : `${bahtWords}${readInteger(fraction)}สตางค์`;
}
