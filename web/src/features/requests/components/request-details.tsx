// The request's content below the header: justification, flags, central-fund item and the transfer lines.
import { useTranslation } from 'react-i18next';
import { BOOLEAN_FACTS, CENTRAL_FUND_ITEM_NAMES, formatMoney } from '@bmrts/shared';
import type { BooleanFact, RequestContent } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import { TransferLinesTable } from './transfer-lines-table';

export function RequestDetails({ content }: { content: RequestContent }) {
  const { t } = useTranslation();
  const lang = useLang();
  const details: Partial<Record<BooleanFact, boolean>> = content.type === 'central_fund' ? {} : content.details;
  const flags = BOOLEAN_FACTS.filter((key) => details[key] === true);
  const thresholds = content.type === 'central_fund' ? null : content.details;
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">{t('request.justification')}</h2>
      <p className="prewrap">{content.justification || <span className="muted">{t('request.noJustification')}</span>}</p>
      {content.type === 'central_fund' ? (
        <p>
          <strong>{t('request.centralFundItem')}:</strong> {CENTRAL_FUND_ITEM_NAMES[content.details.item][lang]}
        </p>
      ) : (
        <>
          <h3>{t('request.flags')}</h3>
          {flags.length === 0 ? (
            <p className="muted">{t('request.noFlags')}</p>
          ) : (
            <ul className="flag-list">
              {flags.map((flag) => (
                <li key={flag}>{t(`form.flag.${flag}`)}</li>
              ))}
            </ul>
          )}
          {thresholds && thresholds.maxEquipmentUnitPriceSatang > 0 ? (
            <p>
              {t('request.maxEquipment')}: {formatMoney(thresholds.maxEquipmentUnitPriceSatang, lang)}
            </p>
          ) : null}
          {thresholds && thresholds.maxConstructionSatang > 0 ? (
            <p>
              {t('request.maxConstruction')}: {formatMoney(thresholds.maxConstructionSatang, lang)}
            </p>
          ) : null}
        </>
      )}
      {content.type === 'transfer' && content.details.lines.length > 0 ? <TransferLinesTable lines={content.details.lines} /> : null}
    </section>
  );
}
