// Results by scale question: n, mean (2 decimals) with its Thai band, SD, % at 5, % at 4–5 and mean/5×100.
import { useTranslation } from 'react-i18next';
import type { SurveyResults } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';
import { percentText, twoDecimals } from './figures';

export function QuestionTable({ questions }: { questions: SurveyResults['scaleQuestions'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const h = (key: 'question' | 'n' | 'mean' | 'band' | 'sd' | 'at5' | 'at45' | 'meanPercent') => t(`surveys.results.${key}`);
  return (
    <div className="table-wrap">
      <table className="data-table question-table" data-testid="question-table">
        <caption className="visually-hidden">{t('surveys.results.questionsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{h('question')}</th>
            <th scope="col" className="num">
              {h('n')}
            </th>
            <th scope="col" className="num">
              {h('mean')}
            </th>
            <th scope="col">{h('band')}</th>
            <th scope="col" className="num">
              {h('sd')}
            </th>
            <th scope="col" className="num">
              {h('at5')}
            </th>
            <th scope="col" className="num">
              {h('at45')}
            </th>
            <th scope="col" className="num">
              {h('meanPercent')}
            </th>
          </tr>
        </thead>
        <tbody>
          {questions.map((q) => (
            <tr key={q.questionId} data-testid={`question-row-${q.questionId}`}>
              <td data-label={h('question')}>
                {q.position}. {q.text[lang]}
                {q.isOverall ? <span className="badge badge-final"> {t('surveys.results.overallMark')}</span> : null}
              </td>
              <td className="num" data-label={h('n')}>
                {q.n}
              </td>
              <td className="num" data-label={h('mean')} data-testid="question-mean">
                {twoDecimals(q.mean)}
              </td>
              <td data-label={h('band')}>{q.band ? q.band.label[lang] : t('surveys.results.none')}</td>
              <td className="num" data-label={h('sd')}>
                {twoDecimals(q.sd)}
              </td>
              <td className="num" data-label={h('at5')}>
                {percentText(q.percentAt5)}
              </td>
              <td className="num" data-label={h('at45')}>
                {percentText(q.percentAt4to5)}
              </td>
              <td className="num" data-label={h('meanPercent')}>
                {percentText(q.meanPercent)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
