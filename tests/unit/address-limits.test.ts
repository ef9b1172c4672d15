// Which sign-in attempts count as coming from a clean address: people behind one office NAT signing in together are
// not suspects (their checks may use every turn); a failure, or a burst beyond what runs at once, makes the address one.
import { describe, expect, it } from 'vitest';
import { MAX_CONCURRENT_DERIVATIONS } from '@bmrts/db';
import { addressLimits } from '../../server/src/auth/address-limits';

const clock = { now: () => new Date('2026-03-02T03:00:00.000Z') };

describe('address limits', () => {
  it('treats as many simultaneous attempts from one address as run at once as clean, and the next as suspect', () => {
    const limits = addressLimits(clock);
    const attempts = Array.from({ length: MAX_CONCURRENT_DERIVATIONS + 1 }, () => limits.attempt('203.0.113.7'));
    expect(attempts.map((a) => a.clean)).toEqual([...Array<boolean>(MAX_CONCURRENT_DERIVATIONS).fill(true), false]);
    for (const attempt of attempts) attempt.withdrawn();
    expect(limits.attempt('203.0.113.7').clean).toBe(true);
  });

  it('treats an address with a failure in the window as suspect', () => {
    const limits = addressLimits(clock);
    limits.attempt('203.0.113.7').failed();
    expect(limits.attempt('203.0.113.7').clean).toBe(false);
    expect(limits.attempt('198.51.100.20').clean).toBe(true);
  });
});
