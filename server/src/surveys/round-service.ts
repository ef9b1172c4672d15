// Survey rounds as administrators shape them: create from the default questionnaire, edit until opening, delete
// while nobody has answered; every change audited.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import {
  DEFAULT_SURVEY_QUESTIONS,
  RULE_MESSAGES,
  SurveyRefused,
  ValidationFailed,
  surveyPhase,
  type CreateSurveyRoundBody,
  type Lang,
  type SurveyInvitation,
  type SurveyQuestion,
  type SurveyRoundView,
  type UpdateSurveyRoundBody,
} from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import { InvalidReference } from '../admin/admin-errors';
import { changed, recordChange } from '../admin/audit';
import { newRoundSecret } from './anonymity';
import { findRound, responseCount } from './round-queries';
import { roundView, targetTenthsOf, type SurveyRound } from './round-record';

type QuestionInput = Omit<SurveyQuestion, 'id'> & { id?: string | undefined };

/** New questions get an id from the generator; kept ones keep theirs, since answers will refer to them. */
function withIds(deps: AppDeps, questions: readonly QuestionInput[]): SurveyQuestion[] {
  return questions.map((q) => ({
    id: q.id ?? deps.ids.newId(),
    kind: q.kind,
    text: { th: q.text.th, en: q.text.en },
    isOverall: q.isOverall,
  }));
}

const iso = (instant: string) => new Date(instant).toISOString();

/** Sorted and without repeats, so the same invitation always reads (and audits) the same. */
function normalInvitation(invitation: SurveyInvitation): SurveyInvitation {
  return {
    allUsers: invitation.allUsers,
    levels: [...new Set(invitation.levels)].sort((a, b) => a - b),
    unitCodes: [...new Set(invitation.unitCodes)].sort(),
  };
}

async function checkUnits(db: Kysely<Database>, invitation: SurveyInvitation): Promise<void> {
  if (!invitation.unitCodes.length) return;
  const known = await db.selectFrom('budget_units').select('code').where('code', 'in', invitation.unitCodes).execute();
  const missing = invitation.unitCodes.filter((code) => !known.some((k) => k.code === code));
  if (missing.length) throw new InvalidReference({ unitCodes: missing });
}

function closingInPast(lang: Lang): ValidationFailed {
  return new ValidationFailed([{ path: ['closesAt'], message: RULE_MESSAGES.survey_closes_in_past[lang] }]);
}

const AUDITED = 'survey_round';

export async function createRound(deps: AppDeps, admin: Caller, body: CreateSurveyRoundBody, lang: Lang): Promise<SurveyRoundView> {
  const now = deps.clock.now();
  if (Date.parse(body.closesAt) <= now.getTime()) throw closingInPast(lang);
  const at = now.toISOString();
  const round: SurveyRound = {
    id: deps.ids.newId(),
    title: body.title,
    fiscalYear: body.fiscalYear,
    opensAt: iso(body.opensAt),
    closesAt: iso(body.closesAt),
    targetPercent: targetTenthsOf(body.targetPercent) / 10,
    minimumRespondents: body.minimumRespondents,
    anonymous: body.anonymous,
    invitation: normalInvitation(body.invitation),
    questions: withIds(deps, body.questions ?? DEFAULT_SURVEY_QUESTIONS),
    responseSecret: newRoundSecret(),
    createdAt: at,
    updatedAt: at,
  };
  await deps.db.transaction().execute(async (trx) => {
    await checkUnits(trx, round.invitation);
    await trx
      .insertInto('survey_rounds')
      .values({
        id: round.id,
        ...editableColumns(round),
        response_secret: round.responseSecret,
        created_by: admin.id,
        created_at: round.createdAt,
      })
      .execute();
    await recordChange(deps, trx, admin, {
      action: 'survey_round.create',
      entityType: AUDITED,
      entityId: round.id,
      before: null,
      after: roundView(round, 0, now),
    });
  });
  return roundView(round, 0, now);
}

/** The columns an edit may write; the id, the secret and the creation stay as they were. */
function editableColumns(round: SurveyRound) {
  return {
    title: round.title,
    fiscal_year: round.fiscalYear,
    opens_at: round.opensAt,
    closes_at: round.closesAt,
    target_tenths: targetTenthsOf(round.targetPercent),
    min_respondents: round.minimumRespondents,
    anonymous: round.anonymous ? 1 : 0,
    invitation: JSON.stringify(round.invitation),
    questions: JSON.stringify(round.questions),
    updated_at: round.updatedAt,
  };
}

/** The round after the edit, or a refusal: what may change depends on whether the round has opened or closed. */
function applyEdit(deps: AppDeps, round: SurveyRound, body: UpdateSurveyRoundBody, now: Date, lang: Lang): SurveyRound {
  const phase = surveyPhase(round, now);
  const next: SurveyRound = {
    ...round,
    title: body.title ?? round.title,
    fiscalYear: body.fiscalYear ?? round.fiscalYear,
    opensAt: body.opensAt ? iso(body.opensAt) : round.opensAt,
    closesAt: body.closesAt ? iso(body.closesAt) : round.closesAt,
    targetPercent: body.targetPercent === undefined ? round.targetPercent : targetTenthsOf(body.targetPercent) / 10,
    minimumRespondents: body.minimumRespondents ?? round.minimumRespondents,
    anonymous: body.anonymous ?? round.anonymous,
    invitation: body.invitation ? normalInvitation(body.invitation) : round.invitation,
    questions: body.questions ? withIds(deps, body.questions) : round.questions,
  };
  // Once people answer, what they answered, who was asked and whether they are named must stay as they were told.
  const frozenFields: (keyof SurveyRound)[] =
    phase === 'scheduled'
      ? []
      : [
          'fiscalYear',
          'opensAt',
          'targetPercent',
          // Lowered after a few answers came in, it would turn "cannot conclude" into a verdict.
          'minimumRespondents',
          'anonymous',
          'invitation',
          'questions',
          ...(phase === 'closed' ? (['closesAt'] as const) : []),
        ];
  if (frozenFields.some((field) => changed(round[field], next[field]))) throw new SurveyRefused('survey_frozen');
  if (Date.parse(next.closesAt) <= Date.parse(next.opensAt)) {
    throw new ValidationFailed([{ path: ['closesAt'], message: RULE_MESSAGES.survey_closes_before_opens[lang] }]);
  }
  // An open round may be closed now or later, never in the past: answers already refused stay refused.
  if (next.closesAt !== round.closesAt && Date.parse(next.closesAt) < now.getTime()) throw closingInPast(lang);
  return next;
}

export async function updateRound(
  deps: AppDeps,
  admin: Caller,
  id: string,
  body: UpdateSurveyRoundBody,
  lang: Lang,
): Promise<SurveyRoundView> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const round = await findRound(trx, id);
    const count = await responseCount(trx, id);
    const edited = applyEdit(deps, round, body, now, lang);
    const before = roundView(round, count, now);
    if (!changed(before, { ...roundView(edited, count, now), updatedAt: round.updatedAt })) return before;
    const next = { ...edited, updatedAt: now.toISOString() };
    await checkUnits(trx, next.invitation);
    await trx.updateTable('survey_rounds').set(editableColumns(next)).where('id', '=', id).execute();
    const after = roundView(next, count, now);
    await recordChange(deps, trx, admin, { action: 'survey_round.update', entityType: AUDITED, entityId: id, before, after });
    return after;
  });
}

export async function deleteRound(deps: AppDeps, admin: Caller, id: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const round = await findRound(trx, id);
    if ((await responseCount(trx, id)) > 0) throw new SurveyRefused('survey_has_responses');
    await trx.deleteFrom('survey_rounds').where('id', '=', id).execute();
    await recordChange(deps, trx, admin, {
      action: 'survey_round.delete',
      entityType: AUDITED,
      entityId: id,
      before: roundView(round, 0, now),
      after: null,
    });
  });
}
