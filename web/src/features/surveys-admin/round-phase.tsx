// A round's phase as a coloured badge: not yet open, open, closed.
import { useTranslation } from 'react-i18next';
import type { SurveyPhase } from '@bmrts/shared';

export function RoundPhaseBadge({ phase }: { phase: SurveyPhase }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-survey-${phase}`} data-testid="round-phase" data-phase={phase}>
      {t(`surveys.statuses.${phase}`)}
    </span>
  );
}
