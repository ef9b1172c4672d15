// The request machine's answers, remembered: each is a pure function of the stored state (and the event), and the
// same few hundred states and events come up again and again, so xstate need not be asked anew on every call.
import {
  acceptedEventTypes,
  decide,
  nextIfApproved,
  type Decision,
  type NextStep,
  type RequestEventType,
  type RequestMachineEvent,
  type StoredMachineState,
} from '@bmrts/shared';

/** Enough for every state and event a year's requests meet; past it the memory starts afresh. */
const CACHE_SIZE = 2_000;

function remembered<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= CACHE_SIZE) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}

/** Shared answers are frozen, so no caller can change what the next one is told. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function storedState(machineState: string): StoredMachineState {
  return JSON.parse(machineState) as StoredMachineState;
}

const acceptedByState = remembered((machineState) => deepFreeze(acceptedEventTypes(storedState(machineState))));

/** The event types the machine accepts in this stored state (the JSON of requests.machine_state). */
export function acceptedEventTypesOf(machineState: string): readonly RequestEventType[] {
  return acceptedByState(machineState);
}

const decisionsByInput = remembered((key) => {
  const split = key.indexOf('\n');
  return deepFreeze(decide(storedState(key.slice(split + 1)), JSON.parse(key.slice(0, split)) as RequestMachineEvent));
});

/**
 * decide(), remembered by the event's JSON and the stored state's JSON: xstate's transition is deterministic, so the
 * same inputs always give the same answer.
 */
export function decisionOf(machineState: string, event: RequestMachineEvent): Decision {
  return decisionsByInput(`${JSON.stringify(event)}\n${machineState}`);
}

const nextByState = remembered((machineState) => deepFreeze(nextIfApproved(storedState(machineState))));

/** Where an approval now would take a request in this stored state (nextIfApproved), remembered like the rest. */
export function nextIfApprovedOf(machineState: string): NextStep | null {
  return nextByState(machineState);
}
