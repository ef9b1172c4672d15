// One scale question as a radio group of the five labelled levels (DOMAIN.md §6), large enough to tap on a phone.
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';

interface Props {
  questionId: string;
  number: number;
  text: string;
  scale: readonly { value: number; label: Bilingual }[];
  value: number | null;
  onChange: (value: number) => void;
  missing: boolean;
}

export function ScaleQuestion({ questionId, number, text, scale, value, onChange, missing }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const errorId = `q-${questionId}-error`;
  // Highest first, as the original form reads: ดีมาก down to น้อยมาก.
  const levels = [...scale].sort((a, b) => b.value - a.value);
  return (
    <fieldset
      className={`survey-question${missing ? ' survey-question-missing' : ''}`}
      data-testid={`question-${questionId}`}
      aria-describedby={missing ? errorId : undefined}
    >
      <legend>
        <span className="survey-question-no">{t('survey.questionNo', { n: number })}</span> {text}
        <span className="visually-hidden"> ({t('survey.required')})</span>
      </legend>
      <div className="scale-options">
        {levels.map((level, index) => (
          <label key={level.value} className={`scale-option${value === level.value ? ' scale-option-on' : ''}`}>
            <input
              type="radio"
              id={index === 0 ? `q-${questionId}-first` : undefined}
              name={`q-${questionId}`}
              value={level.value}
              checked={value === level.value}
              onChange={() => onChange(level.value)}
              data-testid={`answer-${questionId}-${level.value}`}
            />
            <span className="scale-value" aria-hidden="true">
              {level.value}
            </span>
            <span className="scale-label">{level.label[lang]}</span>
          </label>
        ))}
      </div>
      {missing ? (
        <p className="field-error" id={errorId}>
          {t('survey.needAnswer')}
        </p>
      ) : null}
    </fieldset>
  );
}
