// The five headline figures at the top of the dashboard, each with its change since the end of last month in words and
// an arrow (not only colour), and whether that change is better or worse; the exact definition one tap away.
import { useTranslation } from 'react-i18next';
import { bangkokDate, formatThaiMonth, type CountFigure, type Headline, type RateFigure } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';
import { Definition } from './definition';

type CardKey = keyof Headline;
const CARDS: readonly CardKey[] = ['waitingNow', 'overdueNow', 'medianDaysToDecision', 'onTimePercent', 'firstPassPercent'];
/** Which way is good: fewer waiting, fewer overdue, fewer days; more on time, more first pass. */
const HIGHER_IS_BETTER: Record<CardKey, boolean> = {
  waitingNow: false,
  overdueNow: false,
  medianDaysToDecision: false,
  onTimePercent: true,
  firstPassPercent: true,
};
const PERCENT: ReadonlySet<CardKey> = new Set(['onTimePercent', 'firstPassPercent']);
const OF_WHAT = { medianDaysToDecision: 'decisions', onTimePercent: 'visits', firstPassPercent: 'approved' } as const;

const isRate = (figure: CountFigure | RateFigure): figure is RateFigure => 'n' in figure;

/** The month that ended at `previousAt` (the first instant of the next one). */
const monthBefore = (previousAt: string) => new Date(Date.parse(previousAt) - 1).toISOString();

export function HeadlineCards({ headline, fiscalYear }: { headline: Headline; fiscalYear: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="dash-cards-title" className="dash-cards-section">
      <h2 id="dash-cards-title" className="visually-hidden">
        {t('dashboard.cardsTitle')}
      </h2>
      <ul className="dash-cards" data-testid="dash-cards">
        {CARDS.map((key) => (
          <HeadlineCard key={key} card={key} figure={headline[key]} fiscalYear={fiscalYear} />
        ))}
      </ul>
      <p className="small muted dash-comparison">{t('dashboard.definitions.comparison')}</p>
    </section>
  );
}

function HeadlineCard({ card, figure, fiscalYear }: { card: CardKey; figure: CountFigure | RateFigure; fiscalYear: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = t(`dashboard.cards.${card}.label`);
  const unit = t(`dashboard.cards.${card}.unit`);
  const percent = PERCENT.has(card);
  const show = (v: number) => (percent ? v.toFixed(1) : String(v));
  const month = formatThaiMonth(bangkokDate(monthBefore(figure.previousAt)).slice(0, 7), lang);
  return (
    <li className="dash-card" data-testid={`card-${card}`}>
      <p className="dash-card-label">{label}</p>
      <p className="dash-card-value">
        {figure.value === null ? (
          <span data-testid={`card-${card}-value`}>{t('dashboard.noValue')}</span>
        ) : (
          <>
            <span data-testid={`card-${card}-value`}>{show(figure.value)}</span> <span className="dash-card-unit">{unit}</span>
          </>
        )}
      </p>
      {isRate(figure) && card in OF_WHAT ? (
        <p className="small muted">
          {t('dashboard.ofYear', { year: fiscalYear, n: figure.n, what: t(`dashboard.what.${OF_WHAT[card as keyof typeof OF_WHAT]}`) })}
        </p>
      ) : null}
      <Change card={card} value={figure.value} previous={figure.previous} percent={percent} month={month} />
      <Definition figure={label} text={t(`dashboard.definitions.${card}`)} testId={`card-${card}-definition`} />
    </li>
  );
}

interface ChangeProps {
  card: CardKey;
  value: number | null;
  previous: number | null;
  percent: boolean;
  month: string;
}

function Change({ card, value, previous, percent, month }: ChangeProps) {
  const { t } = useTranslation();
  if (value === null || previous === null)
    return (
      <p className="small muted dash-change" data-testid={`card-${card}-change`}>
        {t('dashboard.noPrevious', { month })}
      </p>
    );
  // Rates have one decimal: the difference is rounded to one too, so 55.6 − 80.0 reads 24.4, not 24.400000000000006.
  const delta = Math.round((value - previous) * 10) / 10;
  const size = percent ? t('dashboard.points', { n: Math.abs(delta).toFixed(1) }) : String(Math.abs(delta));
  const better = delta !== 0 && delta > 0 === HIGHER_IS_BETTER[card];
  const tone = delta === 0 ? 'same' : better ? 'better' : 'worse';
  return (
    <p className={`small dash-change dash-change-${tone}`} data-testid={`card-${card}-change`}>
      <strong>{delta === 0 ? t('dashboard.same') : t(delta > 0 ? 'dashboard.up' : 'dashboard.down', { delta: size })}</strong>
      {delta === 0 ? null : ` (${t(better ? 'dashboard.better' : 'dashboard.worse')})`} {t('dashboard.since', { month })}
    </p>
  );
}
