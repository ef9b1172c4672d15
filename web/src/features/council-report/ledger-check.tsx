// Part 1's totals as the budget ledger has them (issue 16): per central-fund item, the approved requests beside what the
// ledger's entries of the year paid out for them, and, said in words above the table, whether they agree; a
// disagreement names each item and both amounts (an approved request that named no line moved nothing, for one).
import { useTranslation } from 'react-i18next';
import { CENTRAL_FUND_ITEM_NAMES, formatMoney, formatSatangNumber, type CouncilLedger } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';
import { useDigits } from './digits';

export function LedgerCheck({ ledger }: { ledger: CouncilLedger }) {
  const { t } = useTranslation();
  const lang = useLang();
  const d = useDigits();
  const differing = ledger.byItem.filter((i) => i.requestsSatang !== i.ledgerSatang);
  const shown = ledger.byItem.filter((i) => i.requestsSatang !== 0 || i.ledgerSatang !== 0);
  const requestsTotal = ledger.byItem.reduce((sum, i) => sum + i.requestsSatang, 0);
  const inOutDiffer = ledger.centralOutSatang !== ledger.centralInSatang;
  return (
    <div className="council-ledger" data-testid="council-ledger" data-agrees={ledger.agrees}>
      <h3>{t('councilLedger.title')}</h3>
      <p className="small">{t('councilLedger.intro')}</p>
      {ledger.agrees ? (
        <p className="notice notice-success" data-testid="council-ledger-agrees">
          {t('councilLedger.agrees')}
        </p>
      ) : (
        <div className="notice notice-error" role="alert" data-testid="council-ledger-disagrees">
          {differing.length > 0 ? (
            <p>
              {d(
                t('councilLedger.disagrees', {
                  items: differing
                    .map((i) =>
                      t('councilLedger.itemDiff', {
                        item: CENTRAL_FUND_ITEM_NAMES[i.item][lang],
                        requests: formatMoney(i.requestsSatang, lang),
                        ledger: formatMoney(i.ledgerSatang, lang),
                      }),
                    )
                    .join('; '),
                }),
              )}
            </p>
          ) : null}
          {inOutDiffer ? (
            <p>
              {d(
                t('councilLedger.inOutDiffer', {
                  out: formatMoney(ledger.centralOutSatang, lang),
                  in: formatMoney(ledger.centralInSatang, lang),
                }),
              )}
            </p>
          ) : null}
        </div>
      )}
      {shown.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table" data-testid="council-ledger-table">
            <caption className="visually-hidden">{t('councilLedger.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('councilLedger.item')}</th>
                <th scope="col" className="num">
                  {t('councilLedger.requestsColumn')}
                </th>
                <th scope="col" className="num">
                  {t('councilLedger.ledgerColumn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((i) => (
                <tr key={i.item} data-item={i.item} className={i.requestsSatang !== i.ledgerSatang ? 'row-broken' : undefined}>
                  <td data-label={t('councilLedger.item')}>{CENTRAL_FUND_ITEM_NAMES[i.item][lang]}</td>
                  <td className="num" data-label={t('councilLedger.requestsColumn')}>
                    {d(formatSatangNumber(i.requestsSatang))}
                  </td>
                  <td className="num" data-label={t('councilLedger.ledgerColumn')}>
                    {d(formatSatangNumber(i.ledgerSatang))}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('councilLedger.total')}</th>
                <td className="num">{d(formatSatangNumber(requestsTotal))}</td>
                <td className="num">{d(formatSatangNumber(ledger.centralOutSatang))}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
    </div>
  );
}
