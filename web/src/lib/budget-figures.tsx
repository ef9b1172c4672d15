// One figure of the money, a label over (on a phone: beside) its amount: the balance panel on a request and the budget
// reports show their figures with it, in a <dl className="budget-figures">.
import './budget-figures.css';

export type FigureTone = 'short' | 'total' | 'wide';

export function Figure({ label, value, tone, testId }: { label: string; value: string; tone?: FigureTone | undefined; testId?: string }) {
  return (
    <div className={tone ? `budget-figure budget-figure-${tone}` : 'budget-figure'} data-testid={testId}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
