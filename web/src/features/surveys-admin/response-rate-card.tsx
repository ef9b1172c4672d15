// Who was asked and who answered: overall, by level, by budget unit.
import { useTranslation } from 'react-i18next';
import type { SurveyResults } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';
import { percentText } from './figures';

type Rates = SurveyResults['responseRate'];

function RateCells({
  row,
  label,
}: {
  row: { invited: number; responded: number; percent: number | null };
  label: (k: 'invited' | 'responded' | 'rate') => string;
}) {
  return (
    <>
      <td className="num" data-label={label('invited')}>
        {row.invited}
      </td>
      <td className="num" data-label={label('responded')}>
        {row.responded}
      </td>
      <td className="num" data-label={label('rate')}>
        {percentText(row.percent)}
      </td>
    </>
  );
}

export function ResponseRateCard({ rates }: { rates: Rates }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = (k: 'invited' | 'responded' | 'rate') => t(`surveys.results.${k}`);
  return (
    <section className="card" aria-labelledby="rate-title" data-testid="response-rate">
      <h2 id="rate-title">{t('surveys.results.rateTitle')}</h2>
      <ul className="count-tiles">
        <li className="count-tile">
          <span className="count-value" data-testid="rate-invited">
            {rates.invited}
          </span>
          <span className="count-label">{t('surveys.results.invited')}</span>
        </li>
        <li className="count-tile">
          <span className="count-value" data-testid="rate-responded">
            {rates.responded}
          </span>
          <span className="count-label">{t('surveys.results.responded')}</span>
        </li>
        <li className="count-tile">
          <span className="count-value" data-testid="rate-percent">
            {percentText(rates.percent)}
            <span className="small"> %</span>
          </span>
          <span className="count-label">{t('surveys.results.rate')}</span>
        </li>
      </ul>
      <div className="rate-tables">
        <details open>
          <summary>{t('surveys.results.byLevel')}</summary>
          <div className="table-wrap">
            <table className="data-table" data-testid="rate-by-level">
              <caption className="visually-hidden">{t('surveys.results.byLevelCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.results.level')}</th>
                  <th scope="col" className="num">
                    {label('invited')}
                  </th>
                  <th scope="col" className="num">
                    {label('responded')}
                  </th>
                  <th scope="col" className="num">
                    {t('surveys.results.rate')} (%)
                  </th>
                </tr>
              </thead>
              <tbody>
                {rates.byLevel.map((row) => (
                  <tr key={row.level}>
                    <td data-label={t('surveys.results.level')}>
                      {row.level} {row.title[lang]}
                    </td>
                    <RateCells row={row} label={label} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
        <details>
          <summary>
            {t('surveys.results.byUnit')} ({rates.byUnit.length})
          </summary>
          <div className="table-wrap rate-unit-wrap">
            <table className="data-table" data-testid="rate-by-unit">
              <caption className="visually-hidden">{t('surveys.results.byUnitCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.results.unit')}</th>
                  <th scope="col" className="num">
                    {label('invited')}
                  </th>
                  <th scope="col" className="num">
                    {label('responded')}
                  </th>
                  <th scope="col" className="num">
                    {t('surveys.results.rate')} (%)
                  </th>
                </tr>
              </thead>
              <tbody>
                {rates.byUnit.map((row) => (
                  <tr key={row.unitCode}>
                    <td data-label={t('surveys.results.unit')}>
                      <span className="mono small muted">{row.unitCode}</span> {row.name?.[lang] ?? ''}
                    </td>
                    <RateCells row={row} label={label} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </div>
    </section>
  );
}
