// The distribution of answers as a stacked bar per question (the app's own SVG chart, loaded only with the results
// page). The chart is a picture for the eye; the same figures are in the table beside it for screen readers and print.
import type { SurveyResults } from '@bmrts/shared';
import { BarLineChart } from '../../lib/charts/bar-line-chart';
import { useLang } from '../../lib/use-lang';

/** Level 1 red to level 5 green, each at least 3:1 against white. */
export const LEVEL_COLOURS: Record<number, string> = { 1: '#b3261e', 2: '#d9822b', 3: '#8a8f98', 4: '#4f86c6', 5: '#1e7a4c' };

const LEVELS = [1, 2, 3, 4, 5] as const;

interface Props {
  questions: SurveyResults['scaleQuestions'];
  /** Words a level for the legend, e.g. "ระดับ 5". */
  levelName: (value: number) => string;
}

export default function DistributionChart({ questions, levelName }: Props) {
  const lang = useLang();
  return (
    <BarLineChart
      horizontal
      categories={questions.map((q) => `${q.position}. ${q.text[lang]}`)}
      bars={LEVELS.map((value) => ({
        key: `l${value}`,
        name: levelName(value),
        colour: LEVEL_COLOURS[value] ?? '#8a8f98',
        values: questions.map((q) => q.distribution.find((d) => d.value === value)?.count ?? 0),
      }))}
    />
  );
}
