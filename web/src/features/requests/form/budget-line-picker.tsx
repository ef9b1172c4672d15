// Picks the budget line a request draws on or pays into (issue 16): the chosen line with what is left on it, and a
// search box over the fiscal year's lines whose options, a radio list (labelled, arrow keys, 44 px rows on a phone),
// each show what is left and what other requests in review claim, so the unit sees the balance as it picks. The chosen
// line is named below the list, so picking one does not move the list under the pointer.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@bmrts/shared';
import type { ListedBudgetLine as BudgetLine } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import { useBudgetLines } from '../budget-api';
import './line-picker.css';

/** Options shown at once: enough to pick from a district's lines, few enough to scan; the search finds the rest. */
const SHOWN = 12;
const SEARCH_DELAY_MS = 250;

interface Props {
  /** The control's id stem: the search box is `${id}-q`, the radios share the name `id`. */
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  fiscalYear: number | null;
  kind: 'unit' | 'central';
  unit: string | null;
  /** Only the lines this keeps (a central-fund item's own lines); all when absent. */
  keep?: (line: BudgetLine) => boolean;
  /** Said instead of the list while the picker cannot search yet (no central-fund item chosen). */
  blockedReason?: string | null;
  value: string | null;
  onChange: (line: BudgetLine | null) => void;
  testId: string;
}

function useDebounced(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}

function LineMoney({ line }: { line: BudgetLine }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <span className="line-option-money small">
      {/* Another unit's line (a transfer's destination) shows what the ordinance gave it; its balance is its unit's. */}
      {line.totals === null
        ? t('budgetReport.pickerAppropriation', { amount: formatMoney(line.appropriationSatang, lang) })
        : t('budget.picker.remaining', { amount: formatMoney(line.totals.remainingSatang, lang) })}
      {line.pending && line.pending.count > 0
        ? ` · ${t('budget.picker.pending', { count: line.pending.count, amount: formatMoney(line.pending.amountSatang, lang) })}`
        : ''}
    </span>
  );
}

export function BudgetLinePicker(props: Props) {
  const { id, label, hint, error, fiscalYear, kind, unit, keep, blockedReason, value, onChange, testId } = props;
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  /** The line as picked here, so the chosen line is named even when a later search no longer lists it. */
  const [picked, setPicked] = useState<BudgetLine | null>(null);
  const query = useDebounced(q);
  const blocked = fiscalYear === null || Boolean(blockedReason);
  // The whole list (no search) also names a line chosen before this page was opened (editing a saved request).
  const all = useBudgetLines({ fiscalYear: blocked ? null : fiscalYear, kind, unit, q: '' });
  const found = useBudgetLines({ fiscalYear: blocked || query.trim() === '' ? null : fiscalYear, kind, unit, q: query });
  const source = query.trim() === '' ? all : found;
  const options = (source.data?.items ?? []).filter((line) => !keep || keep(line));
  const listed = value === null ? undefined : all.data?.items.find((line) => line.id === value);
  // A saved line beyond the list's first 500 (another unit's, as a transfer's destination) is asked for by its id.
  const missing = value !== null && picked?.id !== value && all.isSuccess && !listed;
  const named = useBudgetLines({ fiscalYear: missing ? fiscalYear : null, kind, unit, q: '', id: missing ? value : null });
  const chosen = value === null ? null : picked?.id === value ? picked : (listed ?? named.data?.items[0] ?? null);
  const listing = value === null || open;
  const describedIds = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

  /** A radio picked keeps the list open (arrow keys pick as they move, so closing would strand a keyboard user). */
  function pick(line: BudgetLine) {
    setPicked(line);
    setOpen(true);
    onChange(line);
  }
  function clear() {
    setPicked(null);
    setOpen(false);
    setQ('');
    onChange(null);
  }

  return (
    <fieldset className="fieldset line-picker" data-testid={testId} aria-describedby={describedIds} aria-invalid={error ? true : undefined}>
      <legend>{label}</legend>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {blocked ? (
        <p className="small muted">{blockedReason ?? t('budget.picker.noYear')}</p>
      ) : listing ? (
        <>
          <label htmlFor={`${id}-q`} className="small">
            {t('budget.picker.search')}
          </label>
          <input
            id={`${id}-q`}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            data-testid={`${testId}-q`}
            autoComplete="off"
          />
          <p className="small muted" role="status" aria-live="polite">
            {source.isFetching && options.length === 0
              ? t('budget.picker.searching')
              : options.length === 0
                ? t(query.trim() === '' ? 'budget.picker.noLines' : 'budget.picker.noMatch')
                : options.length > SHOWN
                  ? t('budget.picker.more', { shown: SHOWN, total: options.length })
                  : ''}
          </p>
          {options.length > 0 ? (
            <ul className="line-picker-options" aria-label={`${label}: ${t('budget.picker.options')}`}>
              {options.slice(0, SHOWN).map((line) => (
                <li key={line.id}>
                  <label className="line-option" data-testid={`${testId}-option`}>
                    <input type="radio" name={id} value={line.id} checked={line.id === value} onChange={() => pick(line)} />
                    <span className="line-option-text">
                      <strong>{line.code}</strong> {line.item}
                      {line.unitCode && line.unitCode !== unit ? ` (${t('budget.picker.otherUnit', { unit: line.unitCode })})` : ''}
                      <span className="small muted line-option-where">
                        {line.plan} · {line.project}
                      </span>
                      <LineMoney line={line} />
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      {value !== null ? (
        <div className="line-picker-chosen" data-testid={`${testId}-chosen`}>
          <p>
            <span className="visually-hidden">{t('budget.picker.chosen')}: </span>
            {chosen ? (
              <>
                <strong>{chosen.code}</strong> {chosen.item}
                {chosen.unitCode && chosen.unitCode !== unit ? ` (${t('budget.picker.otherUnit', { unit: chosen.unitCode })})` : ''}
                <LineMoney line={chosen} />
              </>
            ) : (
              <span className="muted">{t('budget.loading')}</span>
            )}
          </p>
          <button type="button" className="button button-small" aria-expanded={open} onClick={() => setOpen((was) => !was)}>
            {open ? t('budget.picker.done') : t('budget.picker.change')}
          </button>
          <button type="button" className="button button-small" onClick={clear} data-testid={`${testId}-clear`}>
            {t('budget.picker.clear')}
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} data-testid={`error-${id}`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
