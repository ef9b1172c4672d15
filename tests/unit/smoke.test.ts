import { describe, expect, it } from 'vitest';
import { formatMoney } from '@bmrts/shared';

describe('money', () => {
  it('shows baht after the number with two decimals', () => {
    expect(formatMoney(123456750)).toBe('1,234,567.50 บาท');
  });
});
