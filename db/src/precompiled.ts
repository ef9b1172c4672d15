// Hot fixed-shape queries built and compiled once per database engine instead of on every call: Kysely builds an
// immutable tree and compiles it anew each time, about a tenth of a decision's main-thread time (issue 7).
import type { Compilable, CompiledQuery, DialectAdapter, Kysely, QueryResult } from 'kysely';
import type { Database } from './schema';

/** Stands in for a parameter while the query is compiled; its place in the compiled parameters is where the value goes. */
class Slot {
  constructor(readonly name: string) {}
}

type Placement = { slot: string } | { constant: unknown };

interface Plan<O> {
  query: CompiledQuery<O>;
  placements: Placement[];
}

export interface Precompiled<P, O> {
  /** Every row (a statement without RETURNING answers none). */
  execute(db: Kysely<Database>, params: P): Promise<O[]>;
  /** The first row, or undefined. */
  executeTakeFirst(db: Kysely<Database>, params: P): Promise<O | undefined>;
  /** The driver's whole result, e.g. numAffectedRows of an UPDATE. */
  run(db: Kysely<Database>, params: P): Promise<QueryResult<O>>;
}

/**
 * A query whose shape never changes, only its values. `build` is called once per engine (SQLite writes `?`,
 * PostgreSQL `$1`) with stand-ins for `params`, and must hand every param straight to Kysely as a value: never
 * branch on it, format it into a string or use it as a column name (compiling checks that none was stringified).
 * Plans are kept per dialect adapter, which a Kysely instance shares with its transactions and savepoints, so the
 * same query runs on `db`, on the reader and inside a `trx`.
 */
export function precompiled<P extends object, O>(build: (db: Kysely<Database>, params: P) => Compilable<O>): Precompiled<P, O> {
  const plans = new WeakMap<DialectAdapter, Plan<O>>();

  function planFor(db: Kysely<Database>): Plan<O> {
    // getExecutor() is marked internal but public; its adapter is created once per Kysely root and shared by every
    // transaction made from it, so it names the engine and its compiler without compiling anything.
    const adapter = db.getExecutor().adapter;
    const known = plans.get(adapter);
    if (known) return known;
    const standIns = new Proxy({}, { get: (_target, name) => (typeof name === 'string' ? new Slot(name) : undefined) }) as P;
    const query = build(db, standIns).compile();
    if (query.sql.includes('[object Object]')) throw new Error(`precompiled: a parameter was formatted into the SQL: ${query.sql}`);
    const plan: Plan<O> = {
      query,
      placements: query.parameters.map((value) => (value instanceof Slot ? { slot: value.name } : { constant: value })),
    };
    plans.set(adapter, plan);
    return plan;
  }

  function compiledWith(db: Kysely<Database>, params: P): CompiledQuery<O> {
    const { query, placements } = planFor(db);
    const parameters = placements.map((p) => {
      if (!('slot' in p)) return p.constant;
      const value = (params as Record<string, unknown>)[p.slot];
      // better-sqlite3 refuses undefined, and an absent value here is a bug in the caller rather than a NULL.
      if (value === undefined) throw new Error(`precompiled: no value for ${p.slot}`);
      return value;
    });
    return { ...query, parameters };
  }

  return {
    async execute(db, params) {
      return (await db.executeQuery(compiledWith(db, params))).rows;
    },
    async executeTakeFirst(db, params) {
      return (await db.executeQuery(compiledWith(db, params))).rows[0];
    },
    run(db, params) {
      return db.executeQuery(compiledWith(db, params));
    },
  };
}
