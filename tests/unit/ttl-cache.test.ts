// The one cache of the server's reference data: ages by the injected clock, forgets failures, and drops on demand.
import { describe, expect, it } from 'vitest';
import { ttlCache } from '../../server/src/cache/ttl-cache';

function clockAt(ms: number) {
  let now = ms;
  return { now: () => new Date(now), advance: (by: number) => void (now += by) };
}

function counter() {
  let reads = 0;
  return { load: async () => ++reads, reads: () => reads };
}

describe('ttlCache', () => {
  it('keeps a value until the TTL has passed by the injected clock, then reads it afresh', async () => {
    const clock = clockAt(Date.UTC(2026, 2, 2));
    const cache = ttlCache<string, number>(clock, 60_000);
    const source = counter();
    expect(await cache.get('targets', source.load)).toBe(1);
    clock.advance(59_999);
    expect(await cache.get('targets', source.load)).toBe(1);
    clock.advance(1);
    expect(await cache.get('targets', source.load)).toBe(2);
    expect(source.reads()).toBe(2);
  });

  it('keeps each key apart and reads a dropped one afresh at once', async () => {
    const cache = ttlCache<string, number>(clockAt(0), 60_000);
    const source = counter();
    expect(await cache.get('allotment', source.load)).toBe(1);
    expect(await cache.get('transfer', source.load)).toBe(2);
    cache.drop('allotment');
    expect(await cache.get('allotment', source.load)).toBe(3);
    expect(await cache.get('transfer', source.load)).toBe(2);
  });

  it('does not keep a failed read, and reads afresh when the clock is set back', async () => {
    const clock = clockAt(1_000_000);
    const cache = ttlCache<string, number>(clock, 60_000);
    await expect(cache.get('holidays', () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    const source = counter();
    expect(await cache.get('holidays', source.load)).toBe(1);
    clock.advance(-1);
    expect(await cache.get('holidays', source.load)).toBe(2);
  });
});
