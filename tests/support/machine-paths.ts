// The request machine's paths for a test to walk: xstate/graph's shortest path to every state a request can reach when
// SUBMIT routes it one way and RESUBMIT another, plus one path for each event that no shortest path takes.
import { getPathsFromEvents, getShortestPaths, type StatePath } from 'xstate/graph';
import { requestMachine, type MachineRoute, type RequestMachineEvent, type RequestSnapshot } from '@bmrts/shared';

export type MachinePath = StatePath<RequestSnapshot, RequestMachineEvent>;

const COMMENT = 'ขอเอกสารประกอบเพิ่มเติม';

/** Every event a request can be sent, with a comment where a guard wants one; a second route on RESUBMIT reaches re-routed states. */
function eventsFor(submitted: MachineRoute, resubmitted: MachineRoute): RequestMachineEvent[] {
  return [
    { type: 'SUBMIT', route: submitted },
    { type: 'RESUBMIT', route: resubmitted },
    { type: 'APPROVE' },
    { type: 'RETURN', comment: COMMENT },
    { type: 'SEND_BACK', comment: COMMENT },
    { type: 'REJECT', comment: COMMENT },
    { type: 'WITHDRAW' },
    { type: 'COUNCIL_APPROVE' },
    { type: 'COUNCIL_REJECT', comment: COMMENT },
  ];
}

/** The events after the machine's start (a path's first step is xstate's init, in the draft state). */
export function eventsOf(path: MachinePath): RequestMachineEvent[] {
  return path.steps.slice(1).map((step) => step.event);
}

const keyOf = (path: MachinePath) =>
  eventsOf(path)
    .map((event) => `${JSON.stringify(event)}\n`)
    .join('');

export interface PathsToWalk {
  /** How many shortest paths the machine has: every one is walked, most as the start of a longer one. */
  shortestPaths: number;
  walks: MachinePath[];
}

export function pathsToWalk(submitted: MachineRoute, resubmitted: MachineRoute): PathsToWalk {
  const events = eventsFor(submitted, resubmitted);
  const shortest = getShortestPaths(requestMachine, { events });
  // A shortest path that begins a longer one is walked as part of it, checked after each step: one request per longest path.
  const keys = shortest.map(keyOf);
  const walks = shortest.filter((_, i) => !keys.some((other, j) => j !== i && other.startsWith(keys[i] ?? '')));
  // SEND_BACK and COUNCIL_REJECT only lead to states that approvals or a REJECT reach sooner, so no shortest path takes
  // them; each such event is walked once, from the nearest state that accepts it.
  const taken = new Set(shortest.flatMap((path) => eventsOf(path).map((event) => event.type)));
  for (const event of events.filter((e) => !taken.has(e.type))) {
    const nearest = getShortestPaths(requestMachine, { events, toState: (state) => state.can(event) }).sort(
      (a, b) => a.steps.length - b.steps.length,
    )[0];
    if (!nearest) continue; // never accepted with these routes (COUNCIL_* without a Council decision)
    const [walk] = getPathsFromEvents(requestMachine, [...eventsOf(nearest), event]);
    if (!walk) throw new Error(`no path ends with ${event.type}`);
    walks.push(walk);
  }
  return { shortestPaths: shortest.length, walks };
}
