// Password checks take turns here, as many at a time as the server derives keys at once. A check that could not be
// answered within ANSWER_WITHIN_MS is refused at once ("busy, try again shortly") rather than lengthening a line
// that would keep everybody waiting. Checks from addresses with nothing against them go first, one turn is kept for
// them alone, and an address under suspicion has one check running at a time: a flood of wrong passwords from a few
// machines does not hold up the people signing in from elsewhere.
import { MAX_CONCURRENT_DERIVATIONS } from '@bmrts/db';
import { TooManyAttempts } from '@bmrts/shared';

/** The longest a sign-in should take to answer, waiting in line included. */
export const ANSWER_WITHIN_MS = 2000;
/** What one check is taken to cost until one has been timed: a slow server's, so a flood right after start-up queues few. */
const FIRST_GUESS_CHECK_MS = 1000;
/** Weight of the latest timed check in the running estimate. */
const ESTIMATE_WEIGHT = 0.3;
/** Later checks can be overtaken again and again during a flood; one not started by then is refused after all. */
const GIVE_UP_AFTER_MS = 2 * ANSWER_WITHIN_MS;

/** `first`: the address has nothing against it; `later`: it has failures or checks in flight. */
export type Lane = 'first' | 'later';

export interface PlaceInLine {
  /** Runs the check when its turn comes; refuses (503) if the turn does not come in time. Call at most once. */
  check<T>(work: () => Promise<T>): Promise<T>;
  /** Gives the place up unchecked (the attempt was refused for another reason). */
  leave(): void;
}

export interface PasswordCheckLine {
  /** A place in line for a check from `address`, or a refusal at once (503 with Retry-After) when the answer could not come in time. */
  join(lane: Lane, address: string): PlaceInLine;
}

interface Waiter {
  address: string;
  turn(): void;
}

export function passwordCheckLine(checksAtOnce: number = MAX_CONCURRENT_DERIVATIONS): PasswordCheckLine {
  /** Later checks leave one turn free for the first lane (unless there is only one). */
  const laterAtOnce = Math.max(1, checksAtOnce - 1);
  let checkMs = FIRST_GUESS_CHECK_MS;
  const running: Record<Lane, number> = { first: 0, later: 0 };
  /** Checks running per address. */
  const runningFrom = new Map<string, number>();
  /** Joined and not yet started, whether still on their way (counting the attempt) or waiting for a turn. */
  const joined: Record<Lane, number> = { first: 0, later: 0 };
  const waiting: Record<Lane, Waiter[]> = { first: [], later: [] };

  const canStart = (lane: Lane, address: string) =>
    running.first + running.later < checksAtOnce && (lane === 'first' || (running.later < laterAtOnce && !runningFrom.has(address)));

  function start(lane: Lane, address: string): void {
    joined[lane]--;
    running[lane]++;
    runningFrom.set(address, (runningFrom.get(address) ?? 0) + 1);
  }

  function finish(lane: Lane, address: string): void {
    running[lane]--;
    const left = (runningFrom.get(address) ?? 1) - 1;
    if (left > 0) runningFrom.set(address, left);
    else runningFrom.delete(address);
  }

  // A finishing check hands its turn straight to the next in line that may start, first lane first, so none can slip in between.
  function handOn(): void {
    for (;;) {
      const lane: Lane = waiting.first.length > 0 ? 'first' : 'later';
      const next = waiting[lane].findIndex((waiter) => canStart(lane, waiter.address));
      if (next < 0) return;
      waiting[lane].splice(next, 1)[0]?.turn();
    }
  }

  function waitForTurn(lane: Lane, address: string): Promise<void> {
    // Whoever waits cannot start now (handOn would have started them), so a newcomer that can start takes no one's turn.
    if (canStart(lane, address)) {
      start(lane, address);
      return Promise.resolve();
    }
    return new Promise<void>((go, refuse) => {
      const waiter: Waiter = {
        address,
        turn() {
          clearTimeout(timer);
          start(lane, address);
          go();
        },
      };
      const timer = setTimeout(() => {
        waiting[lane].splice(waiting[lane].indexOf(waiter), 1);
        joined[lane]--;
        refuse(new TooManyAttempts('sign_in_busy', Math.max(1, Math.ceil(checkMs / 1000))));
      }, GIVE_UP_AFTER_MS);
      timer.unref();
      waiting[lane].push(waiter);
    });
  }

  /** When an attempt joining now would be answered: the rounds of checks before its turn, and its own. */
  function answerMs(lane: Lane): number {
    const ahead = running.first + running.later + joined.first + (lane === 'later' ? joined.later : 0);
    return (Math.floor(ahead / (lane === 'first' ? checksAtOnce : laterAtOnce)) + 1) * checkMs;
  }

  return {
    join(lane, address) {
      const expected = answerMs(lane);
      if (expected > ANSWER_WITHIN_MS)
        throw new TooManyAttempts('sign_in_busy', Math.max(1, Math.ceil((expected - ANSWER_WITHIN_MS) / 1000)));
      joined[lane]++;
      let used = false;
      return {
        async check(work) {
          if (used) throw new Error('a place in the password-check line is used once');
          used = true;
          await waitForTurn(lane, address);
          const started = performance.now();
          try {
            return await work();
          } finally {
            checkMs = (1 - ESTIMATE_WEIGHT) * checkMs + ESTIMATE_WEIGHT * (performance.now() - started);
            finish(lane, address);
            handOn();
          }
        },
        leave() {
          if (used) return;
          used = true;
          joined[lane]--;
        },
      };
    },
  };
}
