// /admin/surveys: every survey round, newest first, with its phase, period and responses; create, edit, results, delete.
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatThaiDateTime } from '@bmrts/shared';
import type { SurveyRoundView } from '@bmrts/shared';
import { errorMessageOf } from '../../lib/api-client';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { useLang } from '../../lib/use-lang';
import { useDeleteSurveyRound, useSurveyRounds } from './api';
import { RoundPhaseBadge } from './round-phase';

function noticeOf(state: unknown): string | null {
  return typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string' ? state.notice : null;
}

export function SurveyRoundsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const rounds = useSurveyRounds();
  const remove = useDeleteSurveyRound();
  const location = useLocation();
  const created = noticeOf(location.state);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(created ? { ok: true, text: created } : null);

  function onDelete(round: SurveyRoundView) {
    if (!window.confirm(t('surveys.confirmDelete', { title: round.title }))) return;
    remove.mutate(round.id, {
      onSuccess: () => setMessage({ ok: true, text: t('surveys.deleted') }),
      onError: (error) => setMessage({ ok: false, text: errorMessageOf(error) }),
    });
  }

  return (
    <section aria-labelledby="surveys-title" data-testid="survey-rounds-page">
      <div className="page-head">
        <div>
          <h1 id="surveys-title">{t('surveys.title')}</h1>
          <p className="muted">{t('surveys.intro')}</p>
        </div>
        <div className="page-head-actions">
          <Link className="button button-primary" to="/admin/surveys/new" data-testid="survey-create">
            {t('surveys.create')}
          </Link>
          <Link className="button" to="/admin/surveys/compare" data-testid="survey-compare">
            {t('surveys.compare')}
          </Link>
        </div>
      </div>
      {message ? (
        <p
          className={`notice ${message.ok ? 'notice-success' : 'notice-error'}`}
          role={message.ok ? 'status' : 'alert'}
          data-testid="rounds-message"
        >
          {message.text}
        </p>
      ) : null}
      {rounds.isPending ? (
        <Loading />
      ) : rounds.isError ? (
        <ErrorNotice error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : rounds.data.items.length === 0 ? (
        <p className="empty">{t('surveys.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="survey-rounds-table">
            <caption className="visually-hidden">{t('surveys.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.roundTitle')}</th>
                <th scope="col">{t('surveys.fiscalYear')}</th>
                <th scope="col">{t('surveys.period')}</th>
                <th scope="col">{t('surveys.status')}</th>
                <th scope="col" className="num">
                  {t('surveys.responses')}
                </th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rounds.data.items.map((round) => (
                <tr key={round.id} data-testid={`survey-round-${round.id}`}>
                  <td data-label={t('surveys.roundTitle')}>
                    <Link to={`/admin/surveys/${round.id}/results`}>{round.title}</Link>
                  </td>
                  <td data-label={t('surveys.fiscalYear')}>{round.fiscalYear}</td>
                  <td data-label={t('surveys.period')} className="small">
                    {t('surveys.periodValue', {
                      opens: formatThaiDateTime(round.opensAt, lang),
                      closes: formatThaiDateTime(round.closesAt, lang),
                    })}
                  </td>
                  <td data-label={t('surveys.status')}>
                    <RoundPhaseBadge phase={round.phase} />
                  </td>
                  <td data-label={t('surveys.responses')} className="num" data-testid="round-responses">
                    {round.responseCount}
                  </td>
                  <td data-label={t('admin.actions')}>
                    <span className="row-actions">
                      <Link
                        className="button button-small button-primary"
                        to={`/admin/surveys/${round.id}/results`}
                        aria-label={t('surveys.resultsOf', { title: round.title })}
                        data-testid="round-results"
                      >
                        {t('surveys.resultsLink')}
                      </Link>
                      <Link
                        className="button button-small"
                        to={`/admin/surveys/${round.id}`}
                        aria-label={t(round.phase === 'closed' ? 'surveys.viewOf' : 'surveys.editOf', { title: round.title })}
                        data-testid="round-edit"
                      >
                        {round.phase === 'closed' ? t('surveys.view') : t('surveys.edit')}
                      </Link>
                      {round.phase !== 'open' ? (
                        <button
                          type="button"
                          className="button button-small button-danger"
                          onClick={() => onDelete(round)}
                          disabled={remove.isPending}
                          aria-label={t('surveys.deleteOf', { title: round.title })}
                          data-testid="round-delete"
                        >
                          {t('surveys.delete')}
                        </button>
                      ) : null}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
