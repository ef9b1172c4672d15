// The English strings of the reviewer's inbox for what waits for the BMA Council; mirrors th-bulk-council.ts.
export const enBulkCouncil = {
  bulkCouncil: {
    record: 'Record Council decision',
    leftOut: 'Not included: {{n}} awaiting the BMA Council, whose decisions are recorded one at a time from their rows',
  },
};
