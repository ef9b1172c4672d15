// The distribution of answers as a stacked bar per question (recharts, loaded only with the results page). The chart is
// a picture for the eye; the same figures are in DistributionTable beside it for screen readers and print.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SurveyResults } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';

/** Level 1 red to level 5 green, each at least 3:1 against white. */
export const LEVEL_COLOURS: Record<number, string> = { 1: '#b3261e', 2: '#d9822b', 3: '#8a8f98', 4: '#4f86c6', 5: '#1e7a4c' };

interface Props {
  questions: SurveyResults['scaleQuestions'];
  /** Words a level for the legend, e.g. "ระดับ 5". */
  levelName: (value: number) => string;
}

export default function DistributionChart({ questions, levelName }: Props) {
  const lang = useLang();
  const data = questions.map((q) => ({
    name: `${q.position}. ${q.text[lang]}`,
    ...Object.fromEntries(q.distribution.map((d) => [`l${d.value}`, d.count])),
  }));
  const height = Math.max(180, 60 + questions.length * 48);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis
          type="category"
          dataKey="name"
          width={150}
          tick={{ fontSize: 12 }}
          tickFormatter={(value: string) => (value.length > 24 ? `${value.slice(0, 23)}…` : value)}
        />
        <Tooltip />
        <Legend />
        {[1, 2, 3, 4, 5].map((value) => (
          <Bar
            key={value}
            dataKey={`l${value}`}
            name={levelName(value)}
            stackId="answers"
            fill={LEVEL_COLOURS[value]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
