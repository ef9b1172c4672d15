// What the person deciding had before them (issue 16, "what the approver saw"): the version of the request they acted
// on, a digest of its content at that version, and for each line it names the balance and others' pending claims as
// they stood in the decision's transaction. Stored as JSON in the event, inside its hash (db/src/crypto/history-hash.ts),
// so the history proves what each level decided on.
import { createHash } from 'node:crypto';
import type { RequestWithUnit } from '@bmrts/db';
import { remainingOf, type SeenAtDecision } from '@bmrts/shared';
import { totalsOf, type ClaimedLines } from './ledger';

/** SHA-256 of the request's content as stored, in a fixed field order. */
function contentDigest(row: RequestWithUnit): string {
  const fields = [
    row.type,
    row.fiscal_year,
    row.title,
    row.justification,
    Number(row.amount_satang),
    row.category,
    row.details,
    row.letter_no,
    row.letter_date,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

export function seenAtDecision(row: RequestWithUnit, read: ClaimedLines): SeenAtDecision {
  return {
    version: row.version,
    contentSha256: contentDigest(row),
    lines: read.claims.flatMap((claim) => {
      const line = read.lines.get(claim.lineId);
      if (!line) return [];
      return [
        {
          code: line.code,
          item: line.item,
          role: claim.role,
          amountSatang: claim.amountSatang,
          remainingSatang: remainingOf(totalsOf(line)),
          pendingSatang: read.pendingByOthers.get(line.id) ?? 0,
        },
      ];
    }),
  };
}
