// Downloads of a round's figures and raw answers (CSV, XLSX), and the one-page printable summary.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { exportHref } from './api';

export function ExportLinks({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="exports-title" data-testid="survey-exports">
      <h2 id="exports-title">{t('surveys.results.exports')}</h2>
      <div className="button-row">
        <a className="button button-small" href={exportHref(roundId, 'results', 'csv')} download data-testid="export-results-csv">
          {t('surveys.results.exportResultsCsv')}
        </a>
        <a className="button button-small" href={exportHref(roundId, 'results', 'xlsx')} download data-testid="export-results-xlsx">
          {t('surveys.results.exportResultsXlsx')}
        </a>
        <a className="button button-small" href={exportHref(roundId, 'answers', 'csv')} download data-testid="export-answers-csv">
          {t('surveys.results.exportAnswersCsv')}
        </a>
        <a className="button button-small" href={exportHref(roundId, 'answers', 'xlsx')} download data-testid="export-answers-xlsx">
          {t('surveys.results.exportAnswersXlsx')}
        </a>
        <Link className="button button-small button-primary" to={`/admin/surveys/${roundId}/summary`} data-testid="print-summary">
          {t('surveys.results.printSummary')}
        </Link>
      </div>
    </section>
  );
}
