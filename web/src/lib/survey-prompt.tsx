// The invitation to answer the satisfaction survey: shown on the home page and, for a budget unit, beside a decided
// request, while an open round waits for the user's answer. Small, and "later" hides it for the rest of the visit.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatThaiDateTime } from '@bmrts/shared';
import { dismissRound, dismissedRounds, usePendingSurveys } from './pending-surveys';
import { useLang } from './use-lang';

interface Props {
  /** Why we ask now: on the home page, or because one of the unit's requests was just decided. */
  reason?: 'home' | 'decided';
}

export function SurveyPrompt({ reason = 'home' }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const pending = usePendingSurveys();
  // Rounds put off for later are kept in this tab's storage, which the server drawing the page cannot read: read on screen.
  const [hidden, setHidden] = useState<string[]>([]);
  useEffect(() => setHidden(dismissedRounds()), []);
  const round = pending.data?.items.find((r) => !r.answered && !hidden.includes(r.id));
  if (!round) return null;

  function later(roundId: string) {
    dismissRound(roundId);
    setHidden((ids) => [...ids, roundId]);
  }

  return (
    <aside className="card survey-prompt" aria-labelledby="survey-prompt-title" data-testid="survey-prompt">
      <div className="survey-prompt-text">
        <h2 id="survey-prompt-title">{t('survey.promptTitle')}</h2>
        {reason === 'decided' ? <p className="small">{t('survey.promptDecided')}</p> : null}
        <p className="small muted">{t('survey.promptIntro', { title: round.title, closes: formatThaiDateTime(round.closesAt, lang) })}</p>
      </div>
      <div className="survey-prompt-actions">
        <Link className="button button-primary" to={`/surveys/${round.id}`} data-testid="survey-prompt-answer">
          {t('survey.promptAnswer')}
        </Link>
        <button
          type="button"
          className="button button-small"
          onClick={() => later(round.id)}
          aria-label={t('survey.promptLaterLabel', { title: round.title })}
          data-testid="survey-prompt-later"
        >
          {t('survey.promptLater')}
        </button>
      </div>
    </aside>
  );
}
