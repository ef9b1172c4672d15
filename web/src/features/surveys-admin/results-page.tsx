// /admin/surveys/:roundId/results: the round's live results — the KPI against its target, response rates, figures
// and the distribution per question, the free-text answers, exports and the printable summary.
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatThaiDateTime } from '@bmrts/shared';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { useLang } from '../../lib/use-lang';
import { useSurveyResults } from './api';
import { DistributionCard } from './distribution-card';
import { ExportLinks } from './export-links';
import { KpiTile } from './kpi-tile';
import { QuestionTable } from './question-table';
import { ResponseRateCard } from './response-rate-card';
import { RoundPhaseBadge } from './round-phase';
import { SuggestionsCard } from './suggestions-card';

export function SurveyResultsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { roundId = '' } = useParams();
  const results = useSurveyResults(roundId);
  if (results.isPending) return <Loading />;
  if (results.isError) return <ErrorNotice error={results.error} onRetry={() => void results.refetch()} />;
  const { round } = results.data;

  return (
    <div className="survey-results" data-testid="survey-results-page">
      <Link to="/admin/surveys" className="small">
        {t('surveys.back')}
      </Link>
      <div className="page-head">
        <div>
          <h1>{round.title}</h1>
          <p className="muted small">
            <RoundPhaseBadge phase={round.phase} />{' '}
            {t('surveys.periodValue', { opens: formatThaiDateTime(round.opensAt, lang), closes: formatThaiDateTime(round.closesAt, lang) })}
            {' · '}
            {t('surveys.results.live', { at: formatThaiDateTime(results.data.computedAt, lang) })}
          </p>
        </div>
      </div>
      <div className="results-top">
        <KpiTile kpi={results.data.kpi} rates={results.data.responseRate} />
        <ResponseRateCard rates={results.data.responseRate} />
      </div>
      <section className="card" aria-labelledby="questions-title">
        <h2 id="questions-title">{t('surveys.results.questionsTitle')}</h2>
        <QuestionTable questions={results.data.scaleQuestions} />
      </section>
      <DistributionCard questions={results.data.scaleQuestions} />
      <SuggestionsCard questions={results.data.textQuestions} />
      <ExportLinks roundId={round.id} />
    </div>
  );
}
