// The free-text answers of each text question; who wrote each is shown only for a round that is not anonymous.
import { useTranslation } from 'react-i18next';
import type { SurveyResults } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';

export function SuggestionsCard({ questions }: { questions: SurveyResults['textQuestions'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (questions.length === 0) return null;
  return (
    <section className="card" aria-labelledby="suggestions-title" data-testid="suggestions">
      <h2 id="suggestions-title">{t('surveys.results.suggestions')}</h2>
      {questions.map((q) => (
        <div key={q.questionId} className="suggestion-group">
          <h3>
            {q.position}. {q.text[lang]}{' '}
            <span className="muted small">({t('surveys.results.suggestionsCount', { n: q.answers.length })})</span>
          </h3>
          {q.answers.length === 0 ? (
            <p className="muted small">{t('surveys.results.noSuggestions')}</p>
          ) : (
            <ul className="suggestion-list">
              {q.answers.map((a, index) => (
                <li key={index}>
                  <p className="prewrap">{a.text}</p>
                  {a.respondent ? <p className="small muted">— {a.respondent.displayName}</p> : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
