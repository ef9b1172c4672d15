// /admin/surveys/new and /admin/surveys/:roundId: a round's title, fiscal year, open and close (Bangkok time), target,
// anonymity, invitation and questionnaire. Before the round opens everything may change; once open only the title and
// the closing time, once closed only the title — the rest is shown read-only.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_MINIMUM_RESPONDENTS,
  DEFAULT_SURVEY_QUESTIONS,
  DEFAULT_TARGET_PERCENT,
  fiscalYearOf,
  formatThaiDateTime,
  MAX_MINIMUM_RESPONDENTS,
  SURVEY_ROUND_TITLE_MAX,
} from '@bmrts/shared';
import type { CreateSurveyRoundBody, SurveyInvitation, SurveyRoundView } from '@bmrts/shared';
import { bangkokInputOf, bangkokInputToIso } from '../../lib/bangkok-time';
import { Field } from '../../lib/field';
import { ThaiDateTimeInput } from '../../lib/thai-date-time-input';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { useLang } from '../../lib/use-lang';
import { FormProblemNotice } from './form-problem-notice';
import { useCreateSurveyRound, useSurveyRound, useUpdateSurveyRound } from './api';
import { QuestionnaireEditor } from './questionnaire-editor';
import { draftsOf, questionnaireProblem, questionsBody } from './questionnaire-edits';
import type { QuestionDraft } from './questionnaire-edits';
import { InvitationFields } from './invitation-fields';
import { RoundPhaseBadge } from './round-phase';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

interface Values {
  title: string;
  fiscalYear: string;
  opensAt: string;
  closesAt: string;
  targetPercent: string;
  minimumRespondents: string;
  anonymous: boolean;
  invitation: SurveyInvitation;
  questions: QuestionDraft[];
}

function newRoundValues(title: (year: number) => string): Values {
  const now = new Date();
  const year = fiscalYearOf(now);
  return {
    title: title(year),
    fiscalYear: String(year),
    opensAt: bangkokInputOf(now),
    closesAt: bangkokInputOf(new Date(now.getTime() + WEEK_MS)),
    targetPercent: String(DEFAULT_TARGET_PERCENT),
    minimumRespondents: String(DEFAULT_MINIMUM_RESPONDENTS),
    // Anonymous unless the administrator says otherwise: people answer more frankly when not named.
    anonymous: true,
    invitation: { allUsers: true, levels: [], unitCodes: [] },
    questions: draftsOf(DEFAULT_SURVEY_QUESTIONS),
  };
}

function valuesOf(round: SurveyRoundView): Values {
  return {
    title: round.title,
    fiscalYear: String(round.fiscalYear),
    opensAt: bangkokInputOf(new Date(round.opensAt)),
    closesAt: bangkokInputOf(new Date(round.closesAt)),
    targetPercent: String(round.targetPercent),
    minimumRespondents: String(round.minimumRespondents),
    anonymous: round.anonymous,
    invitation: round.invitation,
    questions: draftsOf(round.questions),
  };
}

export function SurveyRoundFormPage() {
  const { t } = useTranslation();
  const { roundId = '' } = useParams();
  const round = useSurveyRound(roundId);
  if (roundId === '') return <RoundForm round={null} />;
  if (round.isPending) return <Loading />;
  if (round.isError) return <ErrorNotice error={round.error} onRetry={() => void round.refetch()} />;
  return (
    <>
      <Link to="/admin/surveys" className="small">
        {t('surveys.back')}
      </Link>
      <RoundForm key={round.data.updatedAt} round={round.data} />
    </>
  );
}

function RoundForm({ round }: { round: SurveyRoundView | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const create = useCreateSurveyRound();
  const update = useUpdateSurveyRound(round?.id ?? '');
  const [values, setValues] = useState<Values>(() =>
    round ? valuesOf(round) : newRoundValues((year) => t('surveys.form.defaultTitle', { year })),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const frozen = round !== null && !round.questionnaireEditable;
  const closed = round?.phase === 'closed';
  const mutation = round ? update : create;
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setSaved(false);
  };

  function check(): CreateSurveyRoundBody | string {
    if (values.title.trim() === '') return t('surveys.form.needTitle');
    const opensAt = bangkokInputToIso(values.opensAt);
    const closesAt = bangkokInputToIso(values.closesAt);
    if (!opensAt || !closesAt) return t('surveys.form.needDates');
    if (Date.parse(closesAt) <= Date.parse(opensAt)) return t('surveys.form.closesBeforeOpens');
    const target = Number(values.targetPercent);
    if (values.targetPercent.trim() === '' || !Number.isFinite(target) || target < 0 || target > 100) return t('surveys.form.needTarget');
    const minimum = Number(values.minimumRespondents);
    if (!Number.isInteger(minimum) || minimum < 1 || minimum > MAX_MINIMUM_RESPONDENTS) return t('surveyHonesty.needMinimum');
    const inv = values.invitation;
    if (!inv.allUsers && inv.levels.length === 0 && inv.unitCodes.length === 0) return t('surveys.form.needInvitees');
    const q = questionnaireProblem(values.questions);
    if (q) return q.key === 'needQuestionText' ? t('surveys.form.needQuestionText', { n: q.n }) : t('surveys.form.needOverall');
    return {
      title: values.title.trim(),
      fiscalYear: Number(values.fiscalYear),
      opensAt,
      closesAt,
      targetPercent: target,
      minimumRespondents: minimum,
      anonymous: values.anonymous,
      invitation: inv.allUsers ? { allUsers: true, levels: [], unitCodes: [] } : inv,
      questions: questionsBody(values.questions),
    };
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = check();
    if (typeof body === 'string') {
      setProblem(body);
      return;
    }
    setProblem(null);
    if (!round) {
      create.mutate(body, { onSuccess: () => void navigate('/admin/surveys', { state: { notice: t('surveys.form.created') } }) });
      return;
    }
    // What may still change depends on the phase; the server refuses the rest.
    const change = round.questionnaireEditable ? body : closed ? { title: body.title } : { title: body.title, closesAt: body.closesAt };
    update.mutate(change, { onSuccess: () => setSaved(true) });
  }

  /** The hint repeats the whole choice in words, so the time of day reads as Bangkok's. */
  function bangkokHint(input: string): string {
    const iso = bangkokInputToIso(input);
    return iso ? `${t('surveys.form.timeHint')}: ${formatThaiDateTime(iso, lang)}` : t('surveys.form.timeHint');
  }

  const heading = !round ? t('surveys.form.createTitle') : closed ? t('surveys.form.viewTitle') : t('surveys.form.editTitle');
  return (
    <form className="round-form" onSubmit={onSubmit} noValidate data-testid="survey-round-form">
      <div className="page-head">
        <div>
          <h1>{heading}</h1>
          {round ? <RoundPhaseBadge phase={round.phase} /> : null}
        </div>
      </div>
      {frozen ? (
        <p className="notice notice-warning" role="status" data-testid="round-frozen">
          {t('surveys.form.frozen')}
        </p>
      ) : null}
      <section className="card admin-form" aria-labelledby="round-section">
        <h2 id="round-section">{t('surveys.form.round')}</h2>
        <Field id="round-title" label={t('surveys.form.title')} required limit={{ text: values.title, max: SURVEY_ROUND_TITLE_MAX }}>
          <input id="round-title" value={values.title} onChange={(e) => set('title', e.target.value)} data-testid="round-title" />
        </Field>
        <div className="grid-2">
          <Field id="round-fiscal-year" label={t('surveys.fiscalYear')} required>
            <input
              id="round-fiscal-year"
              type="number"
              min={2560}
              max={2700}
              value={values.fiscalYear}
              disabled={frozen}
              onChange={(e) => set('fiscalYear', e.target.value)}
              data-testid="round-fiscal-year"
            />
          </Field>
          <Field id="round-target" label={t('surveys.form.targetPercent')} hint={t('surveys.form.targetHint')} required>
            <input
              id="round-target"
              type="number"
              min={0}
              max={100}
              step={0.1}
              value={values.targetPercent}
              disabled={frozen}
              aria-describedby="round-target-hint"
              onChange={(e) => set('targetPercent', e.target.value)}
              data-testid="round-target"
            />
          </Field>
          <Field id="round-minimum" label={t('surveyHonesty.minimumLabel')} hint={t('surveyHonesty.minimumHint')} required>
            <input
              id="round-minimum"
              type="number"
              min={1}
              max={MAX_MINIMUM_RESPONDENTS}
              step={1}
              value={values.minimumRespondents}
              disabled={frozen}
              aria-describedby="round-minimum-hint"
              onChange={(e) => set('minimumRespondents', e.target.value)}
              data-testid="round-minimum"
            />
          </Field>
          <Field id="round-opens" label={t('surveys.form.opensAt')} hint={bangkokHint(values.opensAt)} required>
            <ThaiDateTimeInput
              id="round-opens"
              label={t('surveys.form.opensAt')}
              value={values.opensAt}
              disabled={frozen}
              aria-describedby="round-opens-hint"
              onChange={(next) => set('opensAt', next)}
              testId="round-opens"
            />
          </Field>
          <Field id="round-closes" label={t('surveys.form.closesAt')} hint={bangkokHint(values.closesAt)} required>
            <ThaiDateTimeInput
              id="round-closes"
              label={t('surveys.form.closesAt')}
              value={values.closesAt}
              disabled={closed}
              aria-describedby="round-closes-hint"
              onChange={(next) => set('closesAt', next)}
              testId="round-closes"
            />
          </Field>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={values.anonymous}
            disabled={frozen}
            onChange={(e) => set('anonymous', e.target.checked)}
            aria-describedby="round-anonymous-hint"
            data-testid="round-anonymous"
          />
          <span>
            {t('surveys.form.anonymous')}{' '}
            <span className="hint" id="round-anonymous-hint">
              — {t('surveys.form.anonymousHint')}
            </span>
          </span>
        </label>
      </section>
      <section className="card" aria-labelledby="invitation-section">
        <h2 id="invitation-section" className="visually-hidden">
          {t('surveys.form.invitation')}
        </h2>
        <InvitationFields invitation={values.invitation} onChange={(inv) => set('invitation', inv)} readOnly={frozen} />
      </section>
      <section className="card" aria-labelledby="questions-section">
        <h2 id="questions-section">{t('surveys.questions.title')}</h2>
        <p className="muted small">{t('surveys.questions.intro')}</p>
        <QuestionnaireEditor drafts={values.questions} onChange={(q) => set('questions', q)} readOnly={frozen} />
      </section>
      <div className="card round-form-actions">
        {problem ? (
          <p className="notice notice-error" role="alert" data-testid="round-problem">
            {problem}
          </p>
        ) : null}
        {mutation.isError ? <FormProblemNotice error={mutation.error} /> : null}
        {saved ? (
          <p className="notice notice-success" role="status" data-testid="round-saved">
            {t('surveys.form.saved')}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={mutation.isPending} data-testid="round-save">
            {mutation.isPending ? t('surveys.form.saving') : round ? t('surveys.form.save') : t('surveys.form.create')}
          </button>
          <Link to="/admin/surveys" className="button">
            {t('surveys.form.cancel')}
          </Link>
        </div>
      </div>
    </form>
  );
}
