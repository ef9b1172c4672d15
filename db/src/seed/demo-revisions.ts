// What a demo unit first submitted before it was returned: a little different from what it resubmitted
// (a higher amount, a shorter justification), so the request page has changes to show.
import { formatMoney, requestContentSchema, type RequestContent } from '@bmrts/shared';

/** Sentences a unit adds when it answers the analyst's remarks. */
const REVISION_NOTES = [
  'ทั้งนี้ ได้ปรับปรุงรายละเอียดและแนบแผนการใช้จ่ายงบประมาณตามข้อสังเกตของสำนักงบประมาณแล้ว',
  'ทั้งนี้ ได้ทบทวนประมาณการค่าใช้จ่ายตามราคากลางและแนบใบเสนอราคาเพิ่มเติมแล้ว',
  'ทั้งนี้ ได้ชี้แจงความจำเป็นเร่งด่วนและผลกระทบหากไม่ได้รับการจัดสรรเพิ่มเติมตามที่สำนักงบประมาณขอ',
] as const;

/** 100,000 baht in satang: revised amounts move in round sums, as a unit would revise them. */
const ROUNDING_SATANG = 10_000_000;

export interface SubmittedVersions {
  /** The content of the first submission (and any resubmission before the last). */
  first: RequestContent;
  /** The content of the last resubmission: what the request holds now. */
  resubmitted: RequestContent;
}

/**
 * The two versions of a returned-and-resubmitted request, from the content drawn for it. `variant` (the request's
 * place among those resubmitted) picks the note, and every other request also had its amount cut on revision;
 * no randomness is drawn, so the rest of the demo stays as it was.
 */
export function submittedVersions(drawn: RequestContent, variant: number): SubmittedVersions {
  const note = REVISION_NOTES[variant % REVISION_NOTES.length] ?? REVISION_NOTES[0];
  const resubmitted = requestContentSchema.parse({ ...drawn, justification: `${drawn.justification} ${note}` });
  const cutAmount = variant % 2 === 0 && drawn.amountSatang > 0;
  if (!cutAmount) return { first: drawn, resubmitted };

  // The first submission asked for about 8 % more; the revision trimmed it to the drawn amount.
  const extra = Math.max(ROUNDING_SATANG, Math.round((drawn.amountSatang * 0.08) / ROUNDING_SATANG) * ROUNDING_SATANG);
  const firstAmount = drawn.amountSatang + extra;
  const justification = drawn.justification.replace(formatMoney(drawn.amountSatang), formatMoney(firstAmount));
  const details =
    drawn.type === 'transfer' && drawn.details.lines.length > 0
      ? {
          ...drawn.details,
          lines: drawn.details.lines.map((line, i) => (i === 0 ? { ...line, amountSatang: line.amountSatang + extra } : line)),
        }
      : drawn.details;
  if (drawn.type === 'transfer' && details === drawn.details) return { first: drawn, resubmitted };
  return { first: requestContentSchema.parse({ ...drawn, amountSatang: firstAmount, justification, details }), resubmitted };
}
