// The dashboard's money (issue 16): the fiscal year's lines added up — appropriation, allotted, moved between lines,
// remaining, and what requests in review draw on — with the central fund in a sentence, and the lines closest to empty.
// Every figure is GET /api/overview's `budget`, shown as it is given (million baht; per cent with one decimal).
import { useTranslation } from 'react-i18next';
import { formatMillionBaht, formatMoney, type BudgetOverview } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';
import { Definition } from './definition';

type Card = 'appropriation' | 'allotted' | 'transferred' | 'remaining' | 'pending';

export function BudgetCard({ budget }: { budget: BudgetOverview }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { units, central } = budget;
  const millions = (satang: number) => formatMillionBaht(satang, lang);
  const cards: { key: Card; satang: number; note?: string }[] = [
    { key: 'appropriation', satang: units.appropriationSatang, note: t('dashboardBudget.lines', { n: units.lines }) },
    { key: 'allotted', satang: units.allottedSatang },
    { key: 'transferred', satang: units.transferOutSatang },
    { key: 'remaining', satang: units.remainingSatang },
    { key: 'pending', satang: units.pending.amountSatang, note: t('dashboardBudget.pendingOf', { n: units.pending.claims }) },
  ];
  return (
    <section className="card dash-budget" aria-labelledby="dash-budget-title" data-testid="dash-budget">
      <h2 id="dash-budget-title">{t('dashboardBudget.title', { year: budget.fiscalYear })}</h2>
      <p className="small muted">{t('dashboardBudget.scopeNote')}</p>
      {units.lines === 0 && central.lines === 0 ? (
        <p className="muted" data-testid="dash-budget-none">
          {t('dashboardBudget.noLines')}
        </p>
      ) : (
        <>
          <ul className="dash-cards" data-testid="dash-budget-cards">
            {cards.map((card) => (
              <li key={card.key} className="dash-card" data-testid={`budget-card-${card.key}`}>
                <p className="dash-card-label">{t(`dashboardBudget.${card.key}`)}</p>
                <p className="dash-budget-value" data-testid={`budget-card-${card.key}-value`}>
                  {millions(card.satang)}
                </p>
                {card.note ? <p className="small muted">{card.note}</p> : null}
              </li>
            ))}
          </ul>
          <p className="small" data-testid="dash-budget-central">
            {t('dashboardBudget.central', {
              appropriation: millions(central.appropriationSatang),
              paid: millions(central.centralOutSatang),
              remaining: millions(central.remainingSatang),
              pending: millions(central.pending.amountSatang),
            })}
          </p>
          <Definition figure={t('dashboardBudget.remaining')} text={t('dashboardBudget.definition')} testId="dash-budget-definition" />
          <ClosestToEmpty budget={budget} />
        </>
      )}
    </section>
  );
}

function ClosestToEmpty({ budget }: { budget: BudgetOverview }) {
  const { t } = useTranslation();
  const lang = useLang();
  const lines = budget.closestToEmpty;
  return (
    <>
      <h3>{t('dashboardBudget.closestTitle')}</h3>
      <p className="small muted">{t('dashboardBudget.closestIntro')}</p>
      {lines.length === 0 ? (
        <p className="muted">{t('dashboardBudget.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table dash-closest" data-testid="dash-closest">
            <caption className="visually-hidden">{t('dashboardBudget.closestCaption', { n: lines.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboardBudget.line')}</th>
                <th scope="col">{t('dashboardBudget.unit')}</th>
                <th scope="col" className="num">
                  {t('dashboardBudget.remaining')}
                </th>
                <th scope="col" className="num">
                  {t('dashboardBudget.leftPercent')}
                </th>
                <th scope="col" className="num">
                  {t('dashboardBudget.pending')}
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.id} data-testid="dash-closest-row" data-line-id={line.id}>
                  <td data-label={t('dashboardBudget.line')}>
                    <strong>{line.code}</strong> {line.item}
                  </td>
                  <td data-label={t('dashboardBudget.unit')}>{line.unitCode ?? t('lineImport.central')}</td>
                  <td className="num" data-label={t('dashboardBudget.remaining')}>
                    {formatMoney(line.remainingSatang, lang)}
                  </td>
                  <td className="num" data-label={t('dashboardBudget.leftPercent')} data-testid="dash-closest-percent">
                    <strong>{line.leftPercent.toFixed(1)}</strong>
                  </td>
                  <td className="num" data-label={t('dashboardBudget.pending')}>
                    {formatMoney(line.pendingSatang, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
