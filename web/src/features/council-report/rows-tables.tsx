// The rows of the two parts of the Council report, each with a total line: central-fund decisions, and requests put to
// the Council. One table serves both; each part names its columns.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  CENTRAL_FUND_ITEM_NAMES,
  REQUEST_TYPE_NAMES,
  formatSatangNumber,
  formatThaiDate,
  type CouncilReportRow,
  type CouncilReportTotals,
} from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';
import { useDigits } from './digits';
import { deciderText, outcomeText } from './row-words';

type Lang = 'th' | 'en';
type ColumnKey =
  'no' | 'trackingNo' | 'type' | 'unit' | 'item' | 'title' | 'amount' | 'submittedAt' | 'councilAt' | 'decidedAt' | 'outcome' | 'decidedBy';

interface CellContext {
  index: number;
  t: TFunction;
  lang: Lang;
  /** Arabic or Thai digits, as the reader chose. */
  d: (text: string) => string;
}

const date = (iso: string | null, lang: Lang) => (iso ? formatThaiDate(iso, lang) : '—');

/** Every column either part shows: how its cell reads, and whether it holds a number or a code. */
const CELLS: Record<ColumnKey, { className?: string; cell: (row: CouncilReportRow, c: CellContext) => ReactNode }> = {
  no: { className: 'num', cell: (_row, { index, d }) => d(String(index + 1)) },
  trackingNo: { className: 'mono', cell: (row) => row.trackingNo },
  type: { cell: (row, { lang }) => REQUEST_TYPE_NAMES[row.type][lang] },
  unit: { cell: (row, { lang }) => row.unitName[lang] },
  item: { cell: (row, { lang }) => (row.centralFundItem ? CENTRAL_FUND_ITEM_NAMES[row.centralFundItem][lang] : '—') },
  title: { cell: (row) => row.title },
  amount: { className: 'num', cell: (row, { d }) => d(formatSatangNumber(row.amountSatang)) },
  submittedAt: { cell: (row, { lang, d }) => d(date(row.submittedAt, lang)) },
  councilAt: { cell: (row, { lang, d }) => d(date(row.councilSubmittedAt, lang)) },
  decidedAt: { cell: (row, { lang, d }) => d(date(row.decidedAt, lang)) },
  outcome: { cell: (row, { t }) => outcomeText(row, t) },
  decidedBy: { cell: (row, { t, lang, d }) => d(deciderText(row, t, lang)) },
};

const CENTRAL_FUND_COLUMNS: readonly ColumnKey[] = [
  'no',
  'trackingNo',
  'unit',
  'item',
  'title',
  'amount',
  'submittedAt',
  'decidedAt',
  'outcome',
  'decidedBy',
];
const COUNCIL_COLUMNS: readonly ColumnKey[] = ['no', 'trackingNo', 'type', 'unit', 'title', 'amount', 'councilAt', 'decidedAt', 'outcome'];

interface RowsProps {
  rows: readonly CouncilReportRow[];
  total: CouncilReportTotals;
  caption: string;
  testId: string;
}

function RowsTable({ columns, rows, total, caption, testId }: RowsProps & { columns: readonly ColumnKey[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const d = useDigits();
  const col = (key: ColumnKey) => t(`councilReport.col.${key}`);
  // The total stands under the amount: the label spans the columns before it, an empty cell those after.
  const amountAt = columns.indexOf('amount');
  return (
    <table className="data-table print-table council-table" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((key) => (
            <th key={key} scope="col" className={CELLS[key].className === 'num' ? 'num' : undefined}>
              {col(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.id}>
            {columns.map((key) => (
              <td key={key} className={CELLS[key].className} data-label={col(key)}>
                {CELLS[key].cell(row, { index, t, lang, d })}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={amountAt}>
            {t('councilReport.total')} {d(t('councilReport.countAmount', { count: total.count }))}
          </th>
          <td className="num" data-label={col('amount')} data-testid={`${testId}-total`}>
            {d(formatSatangNumber(total.amountSatang))}
          </td>
          <td colSpan={columns.length - amountAt - 1} />
        </tr>
      </tfoot>
    </table>
  );
}

export function CentralFundRowsTable(props: RowsProps) {
  return <RowsTable columns={CENTRAL_FUND_COLUMNS} {...props} />;
}

export function CouncilRowsTable(props: RowsProps) {
  return <RowsTable columns={COUNCIL_COLUMNS} {...props} />;
}
