// What a unit changed between two submissions of a request, field by field, so reviewers need not compare by eye.
import type { RequestContent } from '../schemas/request-content';

export interface ContentChange {
  /** Where the change is: 'title', 'amountSatang', 'details.lines[1].toItem'; 'details.lines' for a line added or removed. */
  field: string;
  /** null when the field or line was added. */
  before: unknown;
  /** null when the field or line was removed. */
  after: unknown;
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function diffValues(path: string, before: Json, after: Json, changes: ContentChange[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    // Lines are compared by position: a line edited in place shows its fields; extra lines show as added or removed.
    const shared = Math.min(before.length, after.length);
    for (let i = 0; i < shared; i++) diffValues(`${path}[${i}]`, before[i], after[i], changes);
    for (const line of after.slice(shared)) changes.push({ field: path, before: null, after: line });
    for (const line of before.slice(shared)) changes.push({ field: path, before: line, after: null });
    return;
  }
  if (isRecord(before) && isRecord(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !(k in before))];
    for (const key of keys) diffValues(join(path, key), before[key] ?? null, after[key] ?? null, changes);
    return;
  }
  if (!Object.is(before, after)) changes.push({ field: path, before, after });
}

/** Every field that differs between two versions of a request's content, in the order the content lists them. */
export function diffRequestContent(before: RequestContent, after: RequestContent): ContentChange[] {
  const changes: ContentChange[] = [];
  diffValues('', before, after, changes);
  return changes;
}
