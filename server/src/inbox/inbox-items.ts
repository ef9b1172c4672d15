// What waits for the caller in every capacity they hold, oldest first: the inbox and its export read it the same way.
import { readerOf, type AppDeps, type Caller } from '../deps';
import { inboxRows, type RequestWithUnit } from '../requests/queries';

export async function inboxItems(deps: AppDeps, caller: Caller): Promise<RequestWithUnit[]> {
  // Acting for someone puts their inbox beside one's own; a request held in two capacities is listed once.
  const byId = new Map<string, RequestWithUnit>();
  for (const capacity of caller.capacities) {
    for (const row of await inboxRows(readerOf(deps), capacity.scope, capacity.level)) byId.set(row.id, row);
  }
  return [...byId.values()].sort((a, b) => a.level_entered_at.localeCompare(b.level_entered_at) || a.id.localeCompare(b.id));
}
