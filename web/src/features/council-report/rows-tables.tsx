// The rows of the two parts of the Council report, each with a total line: central-fund decisions, and requests put to the Council.
import { useTranslation } from 'react-i18next';
import { CENTRAL_FUND_ITEM_NAMES, REQUEST_TYPE_NAMES, formatSatangNumber, formatThaiDate, type CouncilReportRow, type CouncilReportTotals } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';
import { useDigits } from './digits';
import { deciderText, outcomeText } from './row-words';

const date = (iso: string | null, lang: 'th' | 'en') => (iso ? formatThaiDate(iso, lang) : '—');

interface RowsProps {
  rows: readonly CouncilReportRow[];
  total: CouncilReportTotals;
  caption: string;
  testId: string;
}

export function CentralFundRowsTable({ rows, total, caption, testId }: RowsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const d = useDigits();
  const col = (key: 'no' | 'trackingNo' | 'unit' | 'item' | 'title' | 'amount' | 'submittedAt' | 'decidedAt' | 'outcome' | 'decidedBy') => t(`councilReport.col.${key}`);
  return (
    <table className="data-table print-table council-table" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">{col('no')}</th>
          <th scope="col">{col('trackingNo')}</th>
          <th scope="col">{col('unit')}</th>
          <th scope="col">{col('item')}</th>
          <th scope="col">{col('title')}</th>
          <th scope="col" className="num">{col('amount')}</th>
          <th scope="col">{col('submittedAt')}</th>
          <th scope="col">{col('decidedAt')}</th>
          <th scope="col">{col('outcome')}</th>
          <th scope="col">{col('decidedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.id}>
            <td className="num" data-label={col('no')}>{d(String(index + 1))}</td>
            <td className="mono" data-label={col('trackingNo')}>{row.trackingNo}</td>
            <td data-label={col('unit')}>{row.unitName[lang]}</td>
            <td data-label={col('item')}>{row.centralFundItem ? CENTRAL_FUND_ITEM_NAMES[row.centralFundItem][lang] : '—'}</td>
            <td data-label={col('title')}>{row.title}</td>
            <td className="num" data-label={col('amount')}>{d(formatSatangNumber(row.amountSatang))}</td>
            <td data-label={col('submittedAt')}>{d(date(row.submittedAt, lang))}</td>
            <td data-label={col('decidedAt')}>{d(date(row.decidedAt, lang))}</td>
            <td data-label={col('outcome')}>{outcomeText(row, t)}</td>
            <td data-label={col('decidedBy')}>{d(deciderText(row, t, lang))}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={5}>{t('councilReport.total')} {d(t('councilReport.countAmount', { count: total.count }))}</th>
          <td className="num" data-label={col('amount')} data-testid={`${testId}-total`}>{d(formatSatangNumber(total.amountSatang))}</td>
          <td colSpan={4} />
        </tr>
      </tfoot>
    </table>
  );
}

export function CouncilRowsTable({ rows, total, caption, testId }: RowsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const d = useDigits();
  const col = (key: 'no' | 'trackingNo' | 'type' | 'unit' | 'title' | 'amount' | 'councilAt' | 'decidedAt' | 'outcome') => t(`councilReport.col.${key}`);
  return (
    <table className="data-table print-table council-table" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">{col('no')}</th>
          <th scope="col">{col('trackingNo')}</th>
          <th scope="col">{col('type')}</th>
          <th scope="col">{col('unit')}</th>
          <th scope="col">{col('title')}</th>
          <th scope="col" className="num">{col('amount')}</th>
          <th scope="col">{col('councilAt')}</th>
          <th scope="col">{col('decidedAt')}</th>
          <th scope="col">{col('outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.id}>
            <td className="num" data-label={col('no')}>{d(String(index + 1))}</td>
            <td className="mono" data-label={col('trackingNo')}>{row.trackingNo}</td>
            <td data-label={col('type')}>{REQUEST_TYPE_NAMES[row.type][lang]}</td>
            <td data-label={col('unit')}>{row.unitName[lang]}</td>
            <td data-label={col('title')}>{row.title}</td>
            <td className="num" data-label={col('amount')}>{d(formatSatangNumber(row.amountSatang))}</td>
            <td data-label={col('councilAt')}>{d(date(row.councilSubmittedAt, lang))}</td>
            <td data-label={col('decidedAt')}>{d(date(row.decidedAt, lang))}</td>
            <td data-label={col('outcome')}>{outcomeText(row, t)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={5}>{t('councilReport.total')} {d(t('councilReport.countAmount', { count: total.count }))}</th>
          <td className="num" data-label={col('amount')} data-testid={`${testId}-total`}>{d(formatSatangNumber(total.amountSatang))}</td>
          <td colSpan={3} />
        </tr>
      </tfoot>
    </table>
  );
}
