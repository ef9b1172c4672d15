// Bangkok time, owned by one module: days begin at 17:00Z the day before, wall-clock readings and instants convert
// both ways, and no other source file writes the offset or the zone's name.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bangkokDate, bangkokDayNumber, bangkokDayStartUtc, bangkokWallClock, fromBangkokWallClock } from '@bmrts/shared';

const ROOT = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

describe('Bangkok time', () => {
  it('starts a Bangkok day at 17:00Z the day before, and reads an instant’s Bangkok date', () => {
    expect(bangkokDayStartUtc('2026-10-01')).toBe('2026-09-30T17:00:00.000Z');
    expect(bangkokDate('2026-09-30T16:59:59.999Z')).toBe('2026-09-30');
    expect(bangkokDate('2026-09-30T17:00:00.000Z')).toBe('2026-10-01');
    expect(bangkokDayNumber(Date.parse('2026-09-30T17:00:00.000Z'))).toBe(Date.parse('2026-10-01T00:00:00Z') / 86_400_000);
  });

  it('turns a wall-clock reading into its instant and back', () => {
    const wall = bangkokWallClock('2026-03-02T03:00:00.000Z');
    expect(wall.toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(fromBangkokWallClock(wall).toISOString()).toBe('2026-03-02T03:00:00.000Z');
  });

  it('is the only source file that writes the offset or the zone', () => {
    const offenders = ['shared/src', 'server/src', 'db/src', 'web/src'].flatMap((dir) =>
      sourceFiles(join(ROOT, dir)).filter(
        (file) =>
          !file.endsWith('shared/src/bangkok-time.ts') &&
          /\+07:00|Asia\/Bangkok|7 \* (60 \* 60 \* 1000|3_?600_?000|3600)/.test(readFileSync(file, 'utf8')),
      ),
    );
    expect(offenders.map((file) => file.slice(ROOT.length))).toEqual([]);
  });
});
