// Values read from the database and kept for a while, timed by the app's injected clock (never the wall clock, so a
// test moves time by moving its clock). Each app makes its own (createApp): two apps in one process share nothing.
import type { Clock } from '../deps';

export interface TtlCache<K, V> {
  /** The kept value of `key` while it is younger than the TTL, else `load()`'s; a failed load is not kept. */
  get(key: K, load: () => Promise<V>): Promise<V>;
  /** Forgets `key`: the next get reads afresh (an administrator's change applies at once in the app that made it). */
  drop(key: K): void;
}

export function ttlCache<K, V>(clock: Clock, ttlMs: number): TtlCache<K, V> {
  const entries = new Map<K, { at: number; value: Promise<V> }>();
  return {
    get(key, load) {
      const now = clock.now().getTime();
      const kept = entries.get(key);
      // A clock set back (tests do it) leaves the entry's age unknown: read afresh.
      if (kept && now >= kept.at && now - kept.at < ttlMs) return kept.value;
      const entry = { at: now, value: load() };
      entries.set(key, entry);
      // Callers still see the failure; only the entry is forgotten, unless a newer one has taken its place.
      entry.value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return entry.value;
    },
    drop(key) {
      entries.delete(key);
    },
  };
}

/** One kept value (the holidays, the level targets). */
export interface CachedValue<V> {
  get(): Promise<V>;
  drop(): void;
}

export function cachedValue<V>(clock: Clock, ttlMs: number, load: () => Promise<V>): CachedValue<V> {
  const cache = ttlCache<'value', V>(clock, ttlMs);
  return { get: () => cache.get('value', load), drop: () => cache.drop('value') };
}
