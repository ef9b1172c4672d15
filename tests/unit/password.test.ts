// Passwords: the stored hash carries its cost, a burst of sign-ins is served in turn, and nobody is lost in the queue.
import { describe, expect, it } from 'vitest';
import { RECOMMENDED_SCRYPT_COST, hashPassword, verifyPassword } from '@bmrts/db';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('stores the recommended cost in the hash, at 32 MiB of memory per derivation (N=2^15, r=8, p=3)', async () => {
    expect(RECOMMENDED_SCRYPT_COST).toEqual({ N: 2 ** 15, r: 8, p: 3 });
    const stored = await hashPassword('รหัสผ่าน-ที่ถูก');
    expect(stored.split('$').slice(0, 4)).toEqual(['scrypt', '32768', '8', '3']);
    expect(await verifyPassword('รหัสผ่าน-ที่ถูก', stored)).toBe(true);
    expect(await verifyPassword('รหัสผ่าน-ที่ผิด', stored)).toBe(false);
  });

  it('still verifies a hash made at an older cost, whose parameters it carries', async () => {
    const old = await hashPassword('secret', { N: 2 ** 11, r: 8, p: 1 });
    expect(await verifyPassword('secret', old)).toBe(true);
  });

  it('answers every one of forty sign-ins arriving at once, each with its own verdict', async () => {
    const stored = await hashPassword('right', CHEAP);
    const attempts = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? 'wrong' : 'right'));
    const verdicts = await Promise.all(attempts.map((password) => verifyPassword(password, stored)));
    expect(verdicts).toEqual(attempts.map((password) => password === 'right'));
  });
});
