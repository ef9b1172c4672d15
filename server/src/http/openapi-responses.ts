// The error responses every route lists in the OpenAPI document.
import { errorResponseSchema } from '@bmrts/shared';

const error = (description: string) => ({ description, content: { 'application/json': { schema: errorResponseSchema } } });

export const ERROR_RESPONSES = {
  400: error('Invalid input; nothing changed'),
  401: error('Not signed in'),
  403: error('Not allowed for this user'),
  404: error('Not found, or outside the caller’s scope'),
  409: error('The request changed since the given version; nothing changed'),
  413: error('The body is larger than the limit: 1 MiB for JSON (body_too_large), 10 MiB for an attachment (attachment_too_large)'),
  415: error(
    'The file is not kept as an attachment (attachment_type_not_allowed, attachment_name_not_allowed, attachment_not_a_spreadsheet, attachment_has_macros), or the body is not multipart/form-data',
  ),
  422: error('The workflow does not allow this action now; the code gives the reason'),
  429: error(
    'Too many failed sign-ins for the username or from the address: wait Retry-After seconds (the username may be locked for a while)',
  ),
  503: error('Too many password checks waiting already (sign_in_busy): try again after Retry-After seconds'),
} as const;

export function errorResponses<K extends keyof typeof ERROR_RESPONSES>(...codes: K[]): Pick<typeof ERROR_RESPONSES, K> {
  const picked = {} as Pick<typeof ERROR_RESPONSES, K>;
  for (const code of codes) picked[code] = ERROR_RESPONSES[code];
  return picked;
}

export const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
