// OpenAPI pieces shared by the administration routes: the tag, JSON bodies and the error responses they list.
import { errorResponseSchema } from '@bmrts/shared';
import { errorResponses } from '../http/openapi-responses';

export const adminTags = ['admin'];

export const jsonBody = <T>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });

const error = (description: string) => ({ description, content: { 'application/json': { schema: errorResponseSchema } } });

/** Every admin route can answer 401 (anonymous) and 403 (not an administrator), and 400 for invalid input. */
export const adminErrors = {
  ...errorResponses(400, 401, 403),
} as const;

export const notFound = errorResponses(404);
export const conflict = { 409: error('It already exists (username, unit code or holiday date); nothing changed') } as const;
export const refused = { 422: error('Not allowed on this account (an administrator deactivating themselves); nothing changed') } as const;
export const noContent = { 204: { description: 'Done' } } as const;
