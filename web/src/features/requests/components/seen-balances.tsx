// "ยอดคงเหลือขณะพิจารณา" under a decision in the history (issue 16): for each line the request named, what the person
// deciding had on screen — what it drew or paid in, what was left, what others held pending — as recorded with the
// event inside its hash. Compact; on a phone a list of more than two lines starts folded.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, type SeenAtDecision } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import './seen-balances.css';

/** More lines than this fold on a phone. */
const SHORT_LIST = 2;
const PHONE = '(max-width: 600px)';

export function SeenBalances({ seen }: { seen: SeenAtDecision }) {
  const { t } = useTranslation();
  const lang = useLang();
  // Folded when long, as on a phone; at a desk it opens once on screen (the server, which draws it first, has no screen).
  const [open, setOpen] = useState(() => seen.lines.length <= SHORT_LIST);
  useEffect(() => {
    if (!window.matchMedia(PHONE).matches) setOpen(true);
  }, []);
  const money = (satang: number) => formatMoney(satang, lang);
  // The lines drawn on first, then those paid into, each by code (the record keeps them in line-id order).
  const lines = [...seen.lines].sort((a, b) => (a.role !== b.role ? (a.role === 'draw' ? -1 : 1) : a.code.localeCompare(b.code)));
  return (
    <details
      className="seen-balances"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid="seen-balances"
      data-version={seen.version}
    >
      <summary>{t('seenAtDecision.summary', { n: seen.lines.length })}</summary>
      <ul className="seen-lines">
        {lines.map((line) => (
          <li key={`${line.role}-${line.code}`} className="seen-line" data-testid="seen-line" data-line-code={line.code}>
            <span className="seen-line-name">
              <strong>{line.code}</strong> {line.item}
            </span>
            <span className="seen-figures">
              <span data-testid="seen-amount">
                {t(line.role === 'draw' ? 'seenAtDecision.draw' : 'seenAtDecision.receive', { amount: money(line.amountSatang) })}
              </span>
              <span
                className={line.remainingSatang < line.amountSatang && line.role === 'draw' ? 'seen-short' : undefined}
                data-testid="seen-remaining"
              >
                {t('seenAtDecision.remaining', { amount: money(line.remainingSatang) })}
              </span>
              <span data-testid="seen-pending">
                {line.pendingSatang === 0
                  ? t('seenAtDecision.pendingNone')
                  : t('seenAtDecision.pending', { amount: money(line.pendingSatang) })}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
