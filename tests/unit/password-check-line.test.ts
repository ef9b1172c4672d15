// The line of password checks: two at a time, the first lane first with one turn kept for it, one check at a time
// from a suspect address, refusals at once when an answer could not come within 2 s, and a later check overtaken
// for too long refused after all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TooManyAttempts } from '@bmrts/shared';
import { passwordCheckLine, type Lane, type PasswordCheckLine } from '../../server/src/auth/password-check-line';

/** A check that takes `ms` of (fake) time and records when it started; from an address of its own unless given one. */
function slowCheck(line: PasswordCheckLine, lane: Lane, ms: number, started: string[], name: string, address = name): Promise<string> {
  return line.join(lane, address).check(async () => {
    started.push(name);
    await new Promise((resolve) => setTimeout(resolve, ms));
    return name;
  });
}

/** Times a few quick checks, so the line expects checks of about a tenth of a second rather than its first guess of one. */
async function accustomed(line: PasswordCheckLine): Promise<void> {
  for (let i = 0; i < 6; i++) {
    const done = slowCheck(line, 'first', 100, [], 'warm-up');
    await vi.advanceTimersByTimeAsync(100);
    await done;
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the line of password checks', () => {
  it('keeps one of its two turns for the first lane, so a suspect address never holds both', async () => {
    const line = passwordCheckLine(2);
    const started: string[] = [];
    const later = [slowCheck(line, 'later', 200, started, 'later-1'), slowCheck(line, 'later', 200, started, 'later-2')];
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual(['later-1']);
    const person = slowCheck(line, 'first', 200, started, 'person');
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual(['later-1', 'person']);
    await vi.advanceTimersByTimeAsync(400);
    expect(await Promise.all([...later, person])).toEqual(['later-1', 'later-2', 'person']);
  });

  it('lets a first-lane check overtake later ones already waiting', async () => {
    const line = passwordCheckLine(2);
    await accustomed(line);
    const started: string[] = [];
    const running = [slowCheck(line, 'first', 300, started, 'a'), slowCheck(line, 'later', 400, started, 'b')];
    const waiting = slowCheck(line, 'later', 100, started, 'c');
    const person = slowCheck(line, 'first', 100, started, 'person');
    await vi.advanceTimersByTimeAsync(300);
    expect(started.slice(2)).toEqual(['person']);
    await vi.advanceTimersByTimeAsync(300);
    await Promise.all([...running, waiting, person]);
    expect(started).toEqual(['a', 'b', 'person', 'c']);
  });

  it('runs one check at a time from a suspect address, letting other addresses past it', async () => {
    const line = passwordCheckLine(3);
    await accustomed(line);
    const started: string[] = [];
    const checks = [
      slowCheck(line, 'later', 100, started, 'guess-1', '203.0.113.7'),
      slowCheck(line, 'later', 100, started, 'guess-2', '203.0.113.7'),
      slowCheck(line, 'later', 100, started, 'typo', '198.51.100.20'),
    ];
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual(['guess-1', 'typo']);
    await vi.advanceTimersByTimeAsync(200);
    await Promise.all(checks);
    expect(started).toEqual(['guess-1', 'typo', 'guess-2']);
  });

  it('refuses at once, with a time to try again, an attempt that could not be answered within two seconds', () => {
    const line = passwordCheckLine(2);
    // Until a check has been timed, one takes a second: two rounds of two fit in two seconds, a third round does not.
    for (let i = 0; i < 4; i++) line.join('first', `10.0.0.${i}`);
    expect(() => line.join('first', '10.0.0.9')).toThrow(TooManyAttempts);
    try {
      line.join('first', '10.0.0.9');
    } catch (refusal) {
      expect(refusal).toMatchObject({ code: 'sign_in_busy', status: 503 });
      expect((refusal as TooManyAttempts).retryAfterSeconds).toBeGreaterThan(0);
    }
  });

  it('refuses a later check overtaken for four seconds, rather than keep it waiting without end', async () => {
    const line = passwordCheckLine(1);
    const started: string[] = [];
    const first = slowCheck(line, 'first', 4500, started, 'first');
    const later = slowCheck(line, 'later', 10, started, 'later').catch((refusal: unknown) => refusal);
    await vi.advanceTimersByTimeAsync(4100);
    expect(await later).toMatchObject({ code: 'sign_in_busy' });
    await vi.advanceTimersByTimeAsync(400);
    expect(await first).toBe('first');
    expect(started).toEqual(['first']);
  });
});
