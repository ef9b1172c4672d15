// `npm run verify-ledger`: recomputes every budget line's totals from its ledger entries and checks every request's
// entries against the request, in the database the server would open; exit 0 when they agree, 1 naming the first
// disagreement, 2 unable to check.
import { verifyLedger } from '@bmrts/db';
import { openDatabaseToCheck } from './database-to-check';

const handle = await openDatabaseToCheck(['requests', 'budget_lines', 'budget_ledger', 'request_line_claims'], 'BMRTS ledger tables');
try {
  const result = await verifyLedger(handle.db);
  if (result.ok) {
    console.log(`Checked ${result.lines} budget lines and ${result.entries} ledger entries.`);
    console.log('ตรวจสอบแล้ว ยอดทุกรายการตรงกับบัญชี / Every line and every approved request agrees with the ledger.');
  } else {
    console.log(result.firstProblem.what.th);
    console.log(result.firstProblem.what.en);
  }
  process.exitCode = result.ok ? 0 : 1;
} finally {
  await handle.close();
}
