// `npm run verify-history`: checks every hash chain of the database the server would open; exit 0 intact, 1 broken, 2 unable to check.
import { verifyHistory } from '@bmrts/db';
import { openDatabaseToCheck } from './database-to-check';

const handle = await openDatabaseToCheck(['requests', 'request_events', 'audit_log'], 'BMRTS tables');
try {
  const result = await verifyHistory(handle.db);
  console.log(
    `Checked ${result.requestsChecked} requests, ${result.eventsChecked} request events and ${result.auditEntriesChecked} audit entries.`,
  );
  if (result.ok) {
    console.log('Every history chain is intact.');
  } else {
    console.log(`${result.broken.length} broken chain(s):`);
    for (const b of result.broken) console.log(`  ${b.chainName}: seq ${b.seq}, entry ${b.entryId}: ${b.problem}`);
  }
  process.exitCode = result.ok ? 0 : 1;
} finally {
  await handle.close();
}
