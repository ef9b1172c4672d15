// /surveys/:roundId: answering one open round on any screen — every scale question as five labelled choices, the
// free-text questions, send. A second answer replaces the first until the round closes; the server's refusal (closed,
// not yet open) is shown as it words it.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MAX_TEXT_ANSWER_LENGTH, formatThaiDateTime } from '@bmrts/shared';
import type { SurveyResponseBody } from '@bmrts/shared';
import { refusalDetailOf } from '../../lib/api-client';
import { LengthCounter } from '../../lib/field';
import { usePendingSurveys } from '../../lib/pending-surveys';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { useLang } from '../../lib/use-lang';
import { useSendSurveyResponse } from './api';
import { ScaleQuestion } from './scale-question';

type Answers = Record<string, number | string>;

export function SurveyPage() {
  const { t } = useTranslation();
  const { roundId = '' } = useParams();
  const pending = usePendingSurveys();
  if (pending.isPending) return <Loading />;
  if (pending.isError) return <ErrorNotice error={pending.error} onRetry={() => void pending.refetch()} />;
  const round = pending.data.items.find((r) => r.id === roundId);
  if (!round) {
    return (
      <section className="card survey-page" data-testid="survey-unavailable">
        <h1>{t('survey.pageTitle')}</h1>
        <p className="notice notice-warning" role="status">
          {t('survey.notAvailable')}
        </p>
        <Link to="/" className="button">
          {t('survey.backHome')}
        </Link>
      </section>
    );
  }
  return <SurveyForm key={round.id} round={round} scale={pending.data.scale} />;
}

type PendingRound = NonNullable<ReturnType<typeof usePendingSurveys>['data']>['items'][number];
type Scale = NonNullable<ReturnType<typeof usePendingSurveys>['data']>['scale'];

function initialAnswers(round: PendingRound): Answers {
  return Object.fromEntries((round.myAnswers ?? []).map((a) => [a.questionId, a.value]));
}

function SurveyForm({ round, scale }: { round: PendingRound; scale: Scale }) {
  const { t } = useTranslation();
  const lang = useLang();
  const send = useSendSurveyResponse(round.id);
  const [answers, setAnswers] = useState<Answers>(() => initialAnswers(round));
  const [showMissing, setShowMissing] = useState(false);
  const [saved, setSaved] = useState<'new' | 'replaced' | null>(null);
  const missing = round.questions.filter((q) => q.kind === 'scale' && typeof answers[q.id] !== 'number');
  const answeredBefore = round.answered || saved !== null;

  function set(questionId: string, value: number | string) {
    setAnswers((current) => ({ ...current, [questionId]: value }));
    setSaved(null);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (missing.length > 0) {
      setShowMissing(true);
      document.getElementById(`q-${missing[0]?.id ?? ''}-first`)?.focus();
      return;
    }
    const body: SurveyResponseBody = {
      answers: round.questions.flatMap((q) => {
        const value = answers[q.id];
        if (value === undefined || (typeof value === 'string' && value.trim() === '')) return [];
        return [{ questionId: q.id, value }];
      }),
    };
    send.mutate(body, {
      onSuccess: (response) => {
        setSaved(response.replaced ? 'replaced' : 'new');
        setShowMissing(false);
      },
    });
  }

  return (
    <section className="survey-page" aria-labelledby="survey-title" data-testid="survey-page">
      <div className="card survey-head">
        <p className="survey-kicker">{t('survey.pageTitle')}</p>
        <h1 id="survey-title">{round.title}</h1>
        <p className="small muted">
          {t('survey.period', { opens: formatThaiDateTime(round.opensAt, lang), closes: formatThaiDateTime(round.closesAt, lang) })}
        </p>
        <p className="small" data-testid="survey-anonymity">
          {round.anonymous ? t('surveyHonesty.respondentAnonymous') : t('surveyHonesty.respondentNamed')}
        </p>
        <p>{t('survey.intro')}</p>
        {round.answered && saved === null ? (
          <p className="notice notice-warning" role="status" data-testid="survey-answered-before">
            {t('survey.answeredBeforeNoDate')}
          </p>
        ) : null}
      </div>
      <form className="card survey-form" onSubmit={onSubmit} noValidate data-testid="survey-form">
        {round.questions.map((question, index) =>
          question.kind === 'scale' ? (
            <ScaleQuestion
              key={question.id}
              questionId={question.id}
              number={index + 1}
              text={question.text[lang]}
              scale={scale}
              value={typeof answers[question.id] === 'number' ? Number(answers[question.id]) : null}
              onChange={(value) => set(question.id, value)}
              missing={showMissing && missing.some((q) => q.id === question.id)}
            />
          ) : (
            <div key={question.id} className="field survey-text-question">
              <label htmlFor={`q-${question.id}`}>
                <span className="survey-question-no">{t('survey.questionNo', { n: index + 1 })}</span> {question.text[lang]}{' '}
                <span className="muted small">({t('survey.optional')})</span>
              </label>
              <textarea
                id={`q-${question.id}`}
                rows={4}
                aria-describedby={`q-${question.id}-count q-${question.id}-hint`}
                value={typeof answers[question.id] === 'string' ? String(answers[question.id]) : ''}
                onChange={(e) => set(question.id, e.target.value)}
                data-testid={`answer-${question.id}`}
              />
              {/* Counted, never cut: an answer over the limit is kept and the server says so when it is sent. */}
              <LengthCounter
                id={`q-${question.id}`}
                text={typeof answers[question.id] === 'string' ? String(answers[question.id]) : ''}
                max={MAX_TEXT_ANSWER_LENGTH}
              />
              <p className="hint" id={`q-${question.id}-hint`}>
                {t('survey.textHint', { n: MAX_TEXT_ANSWER_LENGTH.toLocaleString() })}
              </p>
            </div>
          ),
        )}
        {showMissing && missing.length > 0 ? (
          <p className="notice notice-error" role="alert" data-testid="survey-missing">
            {t('survey.needAnswers', { n: missing.length })}
          </p>
        ) : null}
        {send.isError ? (
          <p className="notice notice-error" role="alert" data-testid="survey-error">
            {refusalDetailOf(send.error)}
          </p>
        ) : null}
        {saved ? (
          <p className="notice notice-success" role="status" data-testid="survey-saved">
            {saved === 'replaced' ? t('survey.thanksReplaced') : t('survey.thanks')}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary survey-submit" disabled={send.isPending} data-testid="survey-submit">
            {send.isPending ? t('survey.submitting') : answeredBefore ? t('survey.submitReplace') : t('survey.submit')}
          </button>
          <Link to="/" className="button">
            {t('survey.backHome')}
          </Link>
        </div>
      </form>
    </section>
  );
}
