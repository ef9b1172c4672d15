// The questionnaire editor: each question's kind, Thai and English text and whether it is the overall (KPI) question;
// add, remove and reorder. Read-only once the round has opened (the answers refer to these questions).
import { useTranslation } from 'react-i18next';
import { SURVEY_QUESTION_KINDS, SURVEY_QUESTION_TEXT_MAX } from '@bmrts/shared';
import type { SurveyQuestionKind } from '@bmrts/shared';
import { LengthCounter } from '../../lib/field';
import { useLang } from '../../lib/use-lang';
import { changeQuestion, moveQuestion, newQuestion, removeQuestion } from './questionnaire-edits';
import type { QuestionDraft } from './questionnaire-edits';

interface Props {
  drafts: readonly QuestionDraft[];
  onChange: (drafts: QuestionDraft[]) => void;
  readOnly: boolean;
}

function isKind(value: string): value is SurveyQuestionKind {
  return (SURVEY_QUESTION_KINDS as readonly string[]).includes(value);
}

export function QuestionnaireEditor({ drafts, onChange, readOnly }: Props) {
  const { t } = useTranslation();
  const lang = useLang();

  if (readOnly) {
    return (
      <ol className="question-list question-list-read" data-testid="questionnaire-readonly">
        {drafts.map((q) => (
          <li key={q.key}>
            <span>{lang === 'th' ? q.th : q.en}</span> <span className="badge">{t(`surveys.questions.kinds.${q.kind}`)}</span>
            {q.isOverall ? <span className="badge badge-final"> {t('surveys.results.overallMark')}</span> : null}
          </li>
        ))}
      </ol>
    );
  }

  return (
    <div data-testid="questionnaire-editor">
      <ol className="question-list">
        {drafts.map((q, index) => {
          const n = index + 1;
          const base = `question-${index}`;
          return (
            <li key={q.key} className="question-card" data-testid={`question-editor-${index}`}>
              <div className="question-card-head">
                <span className="rule-order" aria-hidden="true">
                  {n}
                </span>
                <h3 className="question-card-title">{t('surveys.questions.no', { n })}</h3>
                <span className="row-actions">
                  <button
                    type="button"
                    className="button button-small"
                    disabled={index === 0}
                    onClick={() => onChange(moveQuestion(drafts, index, -1))}
                    aria-label={t('surveys.questions.moveUpOf', { n })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={index === drafts.length - 1}
                    onClick={() => onChange(moveQuestion(drafts, index, 1))}
                    aria-label={t('surveys.questions.moveDownOf', { n })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    disabled={drafts.length <= 1}
                    onClick={() => onChange(removeQuestion(drafts, index))}
                    aria-label={t('surveys.questions.removeOf', { n })}
                    data-testid={`question-remove-${index}`}
                  >
                    {t('surveys.questions.remove')}
                  </button>
                </span>
              </div>
              <div className="grid-2">
                <div className="field">
                  <label htmlFor={`${base}-th`}>{t('surveys.questions.textTh')}</label>
                  <input
                    id={`${base}-th`}
                    lang="th"
                    value={q.th}
                    aria-describedby={`${base}-th-count`}
                    onChange={(e) => onChange(changeQuestion(drafts, index, { th: e.target.value }))}
                  />
                  <LengthCounter id={`${base}-th`} text={q.th} max={SURVEY_QUESTION_TEXT_MAX} />
                </div>
                <div className="field">
                  <label htmlFor={`${base}-en`}>{t('surveys.questions.textEn')}</label>
                  <input
                    id={`${base}-en`}
                    lang="en"
                    value={q.en}
                    aria-describedby={`${base}-en-count`}
                    onChange={(e) => onChange(changeQuestion(drafts, index, { en: e.target.value }))}
                  />
                  <LengthCounter id={`${base}-en`} text={q.en} max={SURVEY_QUESTION_TEXT_MAX} />
                </div>
              </div>
              <div className="question-card-options">
                <div className="field field-inline">
                  <label htmlFor={`${base}-kind`}>{t('surveys.questions.kind')}</label>
                  <select
                    id={`${base}-kind`}
                    value={q.kind}
                    onChange={(e) => {
                      if (isKind(e.target.value)) onChange(changeQuestion(drafts, index, { kind: e.target.value }));
                    }}
                  >
                    {SURVEY_QUESTION_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`surveys.questions.kinds.${kind}`)}
                      </option>
                    ))}
                  </select>
                </div>
                {q.kind === 'scale' ? (
                  <label className="check">
                    <input
                      type="radio"
                      name="overall-question"
                      checked={q.isOverall}
                      onChange={() => onChange(changeQuestion(drafts, index, { isOverall: true }))}
                      data-testid={`question-overall-${index}`}
                    />
                    <span>{t('surveys.questions.overall')}</span>
                  </label>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      <div className="button-row">
        <button
          type="button"
          className="button button-small"
          onClick={() => onChange([...drafts, newQuestion('scale')])}
          data-testid="question-add-scale"
        >
          + {t('surveys.questions.addScale')}
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => onChange([...drafts, newQuestion('text')])}
          data-testid="question-add-text"
        >
          + {t('surveys.questions.addText')}
        </button>
      </div>
    </div>
  );
}
