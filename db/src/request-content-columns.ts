// How a request's content maps onto the columns of the requests table, both ways; the seed and the server share it.
import { requestContentSchema, type RequestContent } from '@bmrts/shared';
import type { RequestRow } from './schema';

export function requestContentColumns(content: RequestContent) {
  return {
    type: content.type,
    fiscal_year: content.fiscalYear,
    title: content.title,
    justification: content.justification,
    letter_no: content.letterNo,
    letter_date: content.letterDate,
    amount_satang: content.amountSatang,
    category: content.category,
    details: JSON.stringify(content.details),
  };
}

/** The content back from a stored row, checked by the same schema that admitted it. */
export function requestContentOf(
  row: Pick<
    RequestRow,
    'type' | 'fiscal_year' | 'title' | 'justification' | 'letter_no' | 'letter_date' | 'amount_satang' | 'category' | 'details'
  >,
): RequestContent {
  return requestContentSchema.parse({
    type: row.type,
    fiscalYear: row.fiscal_year,
    title: row.title,
    justification: row.justification,
    letterNo: row.letter_no,
    letterDate: row.letter_date,
    amountSatang: Number(row.amount_satang),
    category: row.category,
    details: JSON.parse(row.details),
  });
}
