// Transfer lines: add and remove rows (from item → to item, amount, and the budget lines each moves between), with the
// running total and whether it balances.
import { useTranslation } from 'react-i18next';
import { formatMoney, formatSatangNumber, LINE_ITEM_MAX, MAX_TRANSFER_LINES } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import { AmountInput } from '../../../lib/amount-input';
import { Field, describedBy } from '../../../lib/field';
import { BudgetLinePicker } from './budget-line-picker';
import { newLine } from './form-values';
import { fiscalYearOf, useOwnUnit } from './line-search';
import type { TransferLineValues } from './form-values';
import type { RequestFormState } from './use-request-form';

export function TransferLinesEditor({ form }: { form: RequestFormState }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { values, content } = form;
  const unit = useOwnUnit();
  const fiscalYear = fiscalYearOf(values);
  // Another unit's line may receive the money only in a transfer between units (rule B7); then every unit's are searched.
  const betweenUnits = values.transferFlags.betweenUnits;
  const lineAmounts = content.type === 'transfer' ? content.details.lines.map((l) => l.amountSatang) : [];
  const total = lineAmounts.reduce((sum, amount) => sum + amount, 0);
  const difference = Math.abs(content.amountSatang - total);
  const balanced = difference === 0;

  function setLine(index: number, patch: Partial<TransferLineValues>, path: string) {
    form.update({ lines: values.lines.map((line, i) => (i === index ? { ...line, ...patch } : line)) }, path);
  }
  const linesError = form.errorAt('details.lines');

  return (
    <fieldset className="fieldset" data-testid="transfer-lines">
      <legend>{t('form.transferLines')}</legend>
      {values.lines.length === 0 ? <p className="muted">{t('form.noLines')}</p> : null}
      <ol className="line-list">
        {values.lines.map((line, index) => {
          const n = index + 1;
          const at = (field: string) => `details.lines.${index}.${field}`;
          const id = (field: string) => `form-line-${line.key}-${field}`;
          return (
            <li key={line.key} className="line-row" data-testid="transfer-line">
              <span className="line-no" aria-hidden="true">
                {n}
              </span>
              <Field
                id={id('from')}
                label={t('form.fromItem')}
                error={form.errorAt(at('fromItem'))}
                required
                limit={{ text: line.fromItem, max: LINE_ITEM_MAX }}
              >
                <input
                  {...describedBy(id('from'), form.errorAt(at('fromItem')))}
                  value={line.fromItem}
                  aria-label={`${t('form.lineNo', { n })}: ${t('form.fromItem')}`}
                  onChange={(e) => setLine(index, { fromItem: e.target.value }, at('fromItem'))}
                />
              </Field>
              <Field
                id={id('to')}
                label={t('form.toItem')}
                error={form.errorAt(at('toItem'))}
                required
                limit={{ text: line.toItem, max: LINE_ITEM_MAX }}
              >
                <input
                  {...describedBy(id('to'), form.errorAt(at('toItem')))}
                  value={line.toItem}
                  aria-label={`${t('form.lineNo', { n })}: ${t('form.toItem')}`}
                  onChange={(e) => setLine(index, { toItem: e.target.value }, at('toItem'))}
                />
              </Field>
              <Field
                id={id('amount')}
                label={t('form.lineAmount')}
                error={form.errorAt(at('amountSatang'))}
                required
                className="line-amount"
              >
                <AmountInput
                  {...describedBy(id('amount'), form.errorAt(at('amountSatang')))}
                  value={line.amount}
                  aria-label={`${t('form.lineNo', { n })}: ${t('form.lineAmount')}`}
                  onValueChange={(amount) => setLine(index, { amount }, at('amountSatang'))}
                />
              </Field>
              <button
                type="button"
                className="button button-small button-danger line-remove"
                aria-label={t('form.removeLine', { n })}
                onClick={() => form.update({ lines: values.lines.filter((_, i) => i !== index) }, 'details.lines')}
              >
                {t('form.remove')}
              </button>
              <div className="line-pickers">
                <BudgetLinePicker
                  id={id('from-line')}
                  label={t('budget.picker.lineOf', { n, what: t('budget.picker.fromLine') })}
                  error={form.errorAt(at('fromLineId'))}
                  fiscalYear={fiscalYear}
                  kind="unit"
                  unit={unit}
                  value={line.fromLineId}
                  // The line's item fills the free text only where nothing was typed: what the unit wrote stays.
                  onChange={(picked) =>
                    setLine(
                      index,
                      { fromLineId: picked?.id ?? null, ...(picked && line.fromItem.trim() === '' ? { fromItem: picked.item } : {}) },
                      at('fromLineId'),
                    )
                  }
                  testId="from-line-picker"
                />
                <BudgetLinePicker
                  id={id('to-line')}
                  label={t('budget.picker.lineOf', {
                    n,
                    what: t(betweenUnits ? 'budget.picker.toLineOtherUnits' : 'budget.picker.toLine'),
                  })}
                  error={form.errorAt(at('toLineId'))}
                  fiscalYear={fiscalYear}
                  kind="unit"
                  unit={betweenUnits ? null : unit}
                  value={line.toLineId}
                  onChange={(picked) =>
                    setLine(
                      index,
                      { toLineId: picked?.id ?? null, ...(picked && line.toItem.trim() === '' ? { toItem: picked.item } : {}) },
                      at('toLineId'),
                    )
                  }
                  testId="to-line-picker"
                />
              </div>
            </li>
          );
        })}
      </ol>
      {linesError ? (
        <p className="field-error" role="alert">
          {linesError}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-small"
          disabled={values.lines.length >= MAX_TRANSFER_LINES}
          onClick={() => form.update({ lines: [...values.lines, newLine()] })}
          data-testid="add-line"
        >
          + {t('form.addLine')}
        </button>
      </div>
      <div className={balanced ? 'balance balance-ok' : 'balance balance-off'} aria-live="polite" data-testid="lines-balance">
        <strong>{t('form.linesTotal', { total: formatMoney(total, lang) })}</strong>
        <span>{balanced ? `✓ ${t('form.balanced')}` : t('form.unbalanced', { diff: formatMoney(difference, lang) })}</span>
        {!balanced && total > 0 ? (
          <button
            type="button"
            className="button button-small"
            onClick={() => form.update({ amount: formatSatangNumber(total) }, 'amountSatang')}
          >
            {t('form.useTotal')}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
