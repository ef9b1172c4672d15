// What an audit entry changed: the fields whose values differ between before and after.
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

const MAX_SHOWN = 160;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A value short enough for a table cell: instants through the Thai formatter, strings as they are, the rest as JSON. */
export function showValue(value: unknown, formatInstant: (iso: string) => string = (iso) => iso): string {
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatInstant(value);
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

type Keyed = Record<string, unknown> & { id: string };
const isKeyedList = (v: unknown): v is Keyed[] => Array.isArray(v) && v.every((x) => isRecord(x) && typeof x.id === 'string');
const isPlainList = (v: unknown): v is (string | number)[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number');

/**
 * Changed fields, in the order they first appear. A created entity (before null) lists its fields with no
 * "before"; a removed one its fields with no "after"; a non-object value is one change of the whole.
 */
export function fieldChanges(before: unknown, after: unknown, formatInstant?: (iso: string) => string): FieldChange[] {
  const show = (v: unknown) => showValue(v, formatInstant);
  if (!isRecord(before) && !isRecord(after)) {
    return JSON.stringify(before) === JSON.stringify(after)
      ? []
      : [{ field: '', before: before == null ? null : show(before), after: after == null ? null : show(after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.flatMap((field): FieldChange[] => {
    const was = b[field];
    const now = a[field];
    if (JSON.stringify(was) === JSON.stringify(now)) return [];
    if (isKeyedList(was) && isKeyedList(now)) return keyedListChanges(field, was, now, formatInstant);
    if (isPlainList(was) && isPlainList(now)) return [plainListChange(field, was, now)];
    return [{ field, before: field in b ? show(was) : null, after: field in a ? show(now) : null }];
  });
}

/** A list of things with ids (the routing table): each changed item by its id, and the order if it moved. */
function keyedListChanges(field: string, was: Keyed[], now: Keyed[], formatInstant?: (iso: string) => string): FieldChange[] {
  const byId = new Map(was.map((x) => [x.id, x]));
  const changes: FieldChange[] = [];
  const order = (list: Keyed[]) => list.map((x) => x.id).join(', ');
  if (order(was) !== order(now)) changes.push({ field: `${field} (order)`, before: order(was), after: order(now) });
  for (const item of now) {
    const old = byId.get(item.id);
    changes.push(...fieldChanges(old ?? null, item, formatInstant).map((c) => ({ ...c, field: `${item.id}.${c.field}` })));
  }
  const kept = new Set(now.map((x) => x.id));
  for (const item of was) if (!kept.has(item.id)) changes.push({ field: item.id, before: showValue(item), after: null });
  return changes;
}

/** A list of codes (a portfolio): what was added and what was removed. */
function plainListChange(field: string, was: (string | number)[], now: (string | number)[]): FieldChange {
  const removed = was.filter((x) => !now.includes(x));
  const added = now.filter((x) => !was.includes(x));
  return {
    field,
    before: removed.length > 0 ? `− ${showValue(removed.join(', '))}` : null,
    after: added.length > 0 ? `+ ${showValue(added.join(', '))}` : null,
  };
}
