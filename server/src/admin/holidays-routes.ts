// /api/admin/holidays: list a year's public holidays, add, edit or remove a day, generate a year's fixed-date holidays.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import {
  createHolidayBodySchema,
  generateHolidaysBodySchema,
  generateHolidaysResponseSchema,
  generatedHolidaysQuerySchema,
  generatedHolidaysResponseSchema,
  holidayDateParamsSchema,
  holidayListQuerySchema,
  holidayListResponseSchema,
  holidaySchema,
  updateHolidayBodySchema,
} from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireAdmin } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { json } from '../http/openapi-responses';
import type { AppCaches } from '../cache/app-caches';
import { adminErrors, adminTags as tags, conflict, jsonBody, noContent, notFound } from './openapi';
import { addFixedHolidays, createHoliday, deleteHoliday, listHolidays, previewFixedHolidays, updateHoliday } from './holidays-service';

const listRoute = createRoute({
  method: 'get',
  path: '/admin/holidays',
  tags,
  summary: 'Public holidays of a year (Christian era), by date',
  request: { query: holidayListQuerySchema },
  responses: { 200: json(holidayListResponseSchema, 'The holidays'), ...adminErrors },
});
const createHolidayRoute = createRoute({
  method: 'post',
  path: '/admin/holidays',
  tags,
  summary: 'Add a public holiday; working days count it at once',
  request: jsonBody(createHolidayBodySchema),
  responses: { 201: json(holidaySchema, 'The new holiday'), ...adminErrors, ...conflict },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/admin/holidays/{date}',
  tags,
  summary: 'Remove a public holiday',
  request: { params: holidayDateParamsSchema },
  responses: { ...noContent, ...adminErrors, ...notFound },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/admin/holidays/{date}',
  tags,
  summary: 'Change a holiday’s names, kind or the day it substitutes',
  request: { params: holidayDateParamsSchema, ...jsonBody(updateHolidayBodySchema) },
  responses: { 200: json(holidaySchema, 'The holiday'), ...adminErrors, ...notFound },
});
const previewGeneratedRoute = createRoute({
  method: 'get',
  path: '/admin/holidays/generated',
  tags,
  summary: 'Preview the fixed-date national holidays of a year with their days in lieu (a weekend run gets the next free working day)',
  request: { query: generatedHolidaysQuerySchema },
  responses: {
    200: json(generatedHolidaysResponseSchema, 'The generated days, marked where a holiday is already recorded'),
    ...adminErrors,
  },
});
const addGeneratedRoute = createRoute({
  method: 'post',
  path: '/admin/holidays/generated',
  tags,
  summary: 'Add the fixed-date holidays of a year; dates already recorded are left untouched',
  request: jsonBody(generateHolidaysBodySchema),
  responses: { 200: json(generateHolidaysResponseSchema, 'The days added'), ...adminErrors, ...conflict },
});

export function holidayAdminRoutes(deps: AppDeps, caches: AppCaches) {
  const calendar = caches.holidays;
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      requireAdmin(c);
      return c.json({ items: await listHolidays(deps.db, c.req.valid('query').year) }, 200);
    })
    .openapi(createHolidayRoute, async (c) => c.json(await createHoliday(deps, requireAdmin(c), calendar, c.req.valid('json')), 201))
    .openapi(updateRoute, async (c) =>
      c.json(await updateHoliday(deps, requireAdmin(c), calendar, c.req.valid('param').date, c.req.valid('json')), 200),
    )
    .openapi(previewGeneratedRoute, async (c) => {
      requireAdmin(c);
      return c.json({ items: await previewFixedHolidays(deps.db, c.req.valid('query').year) }, 200);
    })
    .openapi(addGeneratedRoute, async (c) =>
      c.json({ added: await addFixedHolidays(deps, requireAdmin(c), calendar, c.req.valid('json').year) }, 200),
    )
    .openapi(deleteRoute, async (c) => {
      await deleteHoliday(deps, requireAdmin(c), calendar, c.req.valid('param').date);
      return c.body(null, 204);
    });
}
