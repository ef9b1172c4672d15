// /api/admin/holidays: list a year's public holidays, add a day, remove a day.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { createHolidayBodySchema, holidayDateParamsSchema, holidayListQuerySchema, holidayListResponseSchema, holidaySchema } from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireAdmin } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { json } from '../http/openapi-responses';
import type { HolidayCalendar } from '../reference/reference-data';
import { adminErrors, adminTags as tags, conflict, jsonBody, noContent, notFound } from './openapi';
import { createHoliday, deleteHoliday, listHolidays } from './holidays-service';

const listRoute = createRoute({
  method: 'get', path: '/admin/holidays', tags, summary: 'Public holidays of a year (Christian era), by date',
  request: { query: holidayListQuerySchema },
  responses: { 200: json(holidayListResponseSchema, 'The holidays'), ...adminErrors },
});
const createHolidayRoute = createRoute({
  method: 'post', path: '/admin/holidays', tags, summary: 'Add a public holiday; working days count it at once',
  request: jsonBody(createHolidayBodySchema),
  responses: { 201: json(holidaySchema, 'The new holiday'), ...adminErrors, ...conflict },
});
const deleteRoute = createRoute({
  method: 'delete', path: '/admin/holidays/{date}', tags, summary: 'Remove a public holiday',
  request: { params: holidayDateParamsSchema },
  responses: { ...noContent, ...adminErrors, ...notFound },
});

export function holidayAdminRoutes(deps: AppDeps, calendar: HolidayCalendar) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      requireAdmin(c);
      return c.json({ items: await listHolidays(deps.db, c.req.valid('query').year) }, 200);
    })
    .openapi(createHolidayRoute, async (c) => c.json(await createHoliday(deps, requireAdmin(c), calendar, c.req.valid('json')), 201))
    .openapi(deleteRoute, async (c) => {
      await deleteHoliday(deps, requireAdmin(c), calendar, c.req.valid('param').date);
      return c.body(null, 204);
    });
}
