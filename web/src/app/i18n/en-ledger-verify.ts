// The English strings of the budget ledger's check on the verify page; mirrors th-ledger-verify.ts.
export const enLedgerVerify = {
  ledgerVerify: {
    title: 'Verify the budget ledger',
    intro:
      'Recomputes every budget line’s totals from its ledger entries and checks that every approved request has exactly the entries it claims.',
    run: 'Verify the budget ledger',
    running: 'Checking the ledger…',
    intact: 'The budget ledger agrees: every line’s totals match its entries and the approved requests.',
    counts: 'Checked {{lines}} budget lines and {{entries}} ledger entries',
    broken: 'The budget ledger disagrees (the first disagreement found):',
    line: 'Budget line {{code}}, FY {{year}}',
    request: 'Request {{trackingNo}}',
  },
};
