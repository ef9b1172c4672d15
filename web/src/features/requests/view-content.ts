// Reads a RequestView's stored content back into typed request content (its details arrive untyped).
import { requestContentSchema } from '@bmrts/shared';
import type { RequestContent, RequestView } from '@bmrts/shared';

export function contentOfView(view: RequestView): RequestContent | null {
  const parsed = requestContentSchema.safeParse({
    type: view.type,
    fiscalYear: view.fiscalYear,
    title: view.title,
    justification: view.justification,
    letterNo: view.letterNo,
    letterDate: view.letterDate,
    amountSatang: view.amountSatang,
    category: view.category,
    details: view.details,
  });
  return parsed.success ? parsed.data : null;
}
