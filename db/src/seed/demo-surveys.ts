// The demo's satisfaction survey: one closed round that reproduces the 2565 performance report (30 respondents, 29 of
// them "พึงพอใจในระดับดีมาก" overall: 96.7 % against the 90 % target) and one round open now inviting every demo user,
// so the menu entry, the prompt and the results page all have something true to show on a first start.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import { DEFAULT_MINIMUM_RESPONDENTS, DEFAULT_SURVEY_QUESTIONS, fiscalYearOf } from '@bmrts/shared';
import type { Database, UserTable } from '../schema';
import { insertInBatches } from './batch-insert';

const DAY_MS = 86_400_000;
const INVITE_EVERYONE = JSON.stringify({ allUsers: true, levels: [], unitCodes: [] });
const QUESTIONS = JSON.stringify(DEFAULT_SURVEY_QUESTIONS);
const SCALE_QUESTION_IDS = DEFAULT_SURVEY_QUESTIONS.filter((q) => q.kind === 'scale').map((q) => q.id);

/**
 * The 2565 report: 30 respondents, 29 at level 5 overall. It says only that the 30th was not at level 5; the seed puts
 * them at level 4 (พึงพอใจในระดับมาก), the mildest reading.
 */
export const DEMO_2565_RESPONDENTS = 30;
export const DEMO_2565_AT_LEVEL_5 = 29;

export interface DemoSurveyIds {
  closedRoundId: string;
  openRoundId: string;
}

/**
 * The report gives only the overall figure, so each respondent answers every scale question at the level they gave
 * overall: no per-question figure is invented. The round is anonymous and closed, stored as a closed anonymous round
 * is after its first read (docs/decisions/0005): no respondent, no time, no edit key, no secret, random response ids.
 */
export async function seedDemoSurveys(
  db: Kysely<Database>,
  options: { now: Date; users: readonly Insertable<UserTable>[]; newId: () => string },
): Promise<DemoSurveyIds> {
  const { now, users, newId } = options;
  const admin = users.find((u) => u.is_admin === 1);
  if (!admin) throw new Error('the demo survey needs the demo administrator');
  const answerers = users.filter((u) => u.is_admin !== 1 && typeof u.level === 'number');
  if (answerers.length < DEMO_2565_RESPONDENTS) throw new Error('the demo survey needs 30 demo users');
  // Spread over the whole list, so the 30 are of every level rather than the first unit's staff.
  const step = answerers.length / DEMO_2565_RESPONDENTS;
  const respondents = Array.from({ length: DEMO_2565_RESPONDENTS }, (_, i) => answerers[Math.floor(i * step)]).filter(
    (u): u is Insertable<UserTable> => u !== undefined,
  );

  // August 2565 BE (2022), Bangkok: inside fiscal year 2565, as the report's survey was.
  const opensAt = '2022-07-31T17:00:00.000Z';
  const closesAt = '2022-08-31T17:00:00.000Z';
  const closedRoundId = newId();
  const openRoundId = newId();
  const at = now.toISOString();
  const round = {
    target_tenths: 900,
    min_respondents: DEFAULT_MINIMUM_RESPONDENTS,
    anonymous: 1 as const,
    invitation: INVITE_EVERYONE,
    questions: QUESTIONS,
    created_by: admin.id,
    created_at: at,
    updated_at: at,
  };
  const year = fiscalYearOf(now);
  await insertInBatches(db, 'survey_rounds', [
    {
      ...round,
      id: closedRoundId,
      title: 'การสำรวจความพึงพอใจการใช้งานระบบติดตามการจัดสรรงบประมาณ ปีงบประมาณ พ.ศ. 2565',
      fiscal_year: 2565,
      opens_at: opensAt,
      closes_at: closesAt,
      response_secret: null,
    },
    {
      ...round,
      id: openRoundId,
      title: `การสำรวจความพึงพอใจการใช้งานระบบ BMRTS ปีงบประมาณ พ.ศ. ${year}`,
      fiscal_year: year,
      opens_at: new Date(now.getTime() - 2 * DAY_MS).toISOString(),
      closes_at: new Date(now.getTime() + 28 * DAY_MS).toISOString(),
      response_secret: randomBytes(32).toString('base64url'),
    },
  ]);

  await insertInBatches(
    db,
    'survey_participants',
    respondents.map((u, i) => ({
      round_id: closedRoundId,
      user_id: u.id,
      level: u.level ?? 1,
      unit_code: u.unit_code ?? null,
      answered_at: new Date(Date.parse(opensAt) + (i + 1) * DAY_MS * 0.9).toISOString(),
    })),
  );
  const responses = respondents.map((_, i) => ({
    id: randomUUID(),
    overall: i < DEMO_2565_AT_LEVEL_5 ? 5 : 4,
  }));
  await insertInBatches(
    db,
    'survey_responses',
    responses.map((r) => ({ id: r.id, round_id: closedRoundId, respondent_id: null, edit_key: null, submitted_at: null })),
  );
  await insertInBatches(
    db,
    'survey_answers',
    responses.flatMap((r) =>
      SCALE_QUESTION_IDS.map((questionId) => ({ response_id: r.id, question_id: questionId, scale_value: r.overall, text_value: null })),
    ),
  );
  return { closedRoundId, openRoundId };
}
