// The UPDATE that moves a request on, with the version check that makes a decision happen once. Every decision
// runs it, so each of its few shapes (routed or not, first submission, final decision) is compiled once.
import type { Kysely } from 'kysely';
import type { StoredMachineState } from '@bmrts/shared';
import type { Database, RequestRow } from '../schema';
import { precompiled, type Precompiled } from '../precompiled';
import { requestStateColumns, type RequestStateColumns } from '../request-columns';

type Moved = Pick<RequestRow, 'version' | 'updated_at' | 'level_entered_at'>;
type RouteReason = Pick<RequestRow, 'route_reason_th' | 'route_reason_en'>;

export interface RequestMove {
  id: string;
  /** The version the decision was made on; the UPDATE finds no row once someone else moved the request. */
  expectedVersion: number;
  /** The machine state the request moves to: stored with the columns that repeat it (requestStateColumns). */
  state: StoredMachineState;
  set: Moved & { routeReason: RouteReason | null; submitted_at: string | null; decided_at: string | null };
}

type Params = Moved &
  RequestStateColumns &
  RouteReason &
  Pick<RequestRow, 'submitted_at' | 'decided_at'> & { id: string; expectedVersion: number };

const shapes = new Map<string, Precompiled<Params, unknown>>();

function updateShaped(routed: boolean, submitted: boolean, decided: boolean): Precompiled<Params, unknown> {
  const key = `${routed}:${submitted}:${decided}`;
  let shape = shapes.get(key);
  if (!shape) {
    shape = precompiled((db, p: Params) =>
      db
        .updateTable('requests')
        .set({
          // Every column that repeats the machine state, on every move: they cannot lag behind it.
          machine_state: p.machine_state,
          status: p.status,
          level: p.level,
          final_level: p.final_level,
          council: p.council,
          rule_id: p.rule_id,
          version: p.version,
          updated_at: p.updated_at,
          level_entered_at: p.level_entered_at,
          ...(routed ? { route_reason_th: p.route_reason_th, route_reason_en: p.route_reason_en } : {}),
          ...(submitted ? { submitted_at: p.submitted_at } : {}),
          ...(decided ? { decided_at: p.decided_at } : {}),
        })
        .where('id', '=', p.id)
        .where('version', '=', p.expectedVersion),
    );
    shapes.set(key, shape);
  }
  return shape;
}

/** Applies the move if the request is still at `expectedVersion`; false when it was not (someone acted first). */
export async function moveRequest(trx: Kysely<Database>, move: RequestMove): Promise<boolean> {
  const { routeReason, ...set } = move.set;
  const update = updateShaped(routeReason !== null, set.submitted_at !== null, set.decided_at !== null);
  // A shape that leaves the route reason alone never reads its values; they are filled in because the parameters have one type.
  const result = await update.run(trx, {
    ...set,
    ...requestStateColumns(move.state),
    route_reason_th: routeReason?.route_reason_th ?? null,
    route_reason_en: routeReason?.route_reason_en ?? null,
    id: move.id,
    expectedVersion: move.expectedVersion,
  });
  return result.numAffectedRows !== 0n;
}
