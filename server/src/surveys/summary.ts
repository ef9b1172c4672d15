// The one-page summary in Thai for the office's annual performance report: the figures and sentences the web prints.
import {
  MEAN_BANDS,
  SATISFACTION_LABELS,
  SATISFACTION_VALUES,
  formatThaiDate,
  formatThaiDateTime,
  type SurveyResults,
  type SurveySummary,
} from '@bmrts/shared';

/** "90" for a whole target, "92.5" otherwise: as the office writes its targets. */
const targetText = (percent: number) => (Number.isInteger(percent) ? String(percent) : percent.toFixed(1));

/** "ร้อยละ 83.3–99.4": the 95 % interval as the summary and the exports print it. */
export function intervalText(kpi: SurveyResults['kpi']): string | null {
  return kpi.interval && `ช่วงความเชื่อมั่น 95%: ร้อยละ ${kpi.interval.lower.toFixed(1)}–${kpi.interval.upper.toFixed(1)}`;
}

/** The verdict in the report's words; below the minimum sample it says it cannot conclude, and why. */
export function kpiVerdictText(kpi: SurveyResults['kpi'], invited: number): { verdictText: string; reason: string | null } {
  switch (kpi.verdict) {
    case 'no_answers':
      return { verdictText: 'ยังไม่มีผู้ตอบ', reason: null };
    case 'too_few':
      return {
        verdictText: 'ยังสรุปไม่ได้',
        reason: `ตอบ ${kpi.respondents} จาก ${invited} คน น้อยกว่าขั้นต่ำ ${kpi.minimumRespondents} คน`,
      };
    case 'passed':
      return { verdictText: 'ผ่านเป้าหมาย', reason: null };
    case 'failed':
      return { verdictText: 'ไม่ผ่านเป้าหมาย', reason: null };
  }
}

function kpiStatement(kpi: SurveyResults['kpi']): string {
  const target = `เป้าหมายร้อยละ ${targetText(kpi.targetPercent)}`;
  if (kpi.percent === null) return `ยังไม่มีผู้ตอบแบบสำรวจ (${target})`;
  // The sentence of the 2565 performance report, with this round's figures and how many they rest on.
  return `ร้อยละ ${kpi.percent.toFixed(1)} ของผู้ใช้บริการผ่านระบบ BMRTS มีความพึงพอใจในระดับดีมาก (${kpi.atLevel5} จาก ${kpi.respondents} คน; ${target})`;
}

export function surveySummary(results: SurveyResults, now: Date): SurveySummary {
  const { round, kpi } = results;
  // closesAt is the first instant answers are refused; the last day of answering is the instant before it.
  const lastDay = new Date(Date.parse(round.closesAt) - 1).toISOString();
  return {
    title: round.title,
    fiscalYearLabel: `ปีงบประมาณ พ.ศ. ${round.fiscalYear}`,
    periodLabel: `${formatThaiDate(round.opensAt)} – ${formatThaiDate(lastDay)}`,
    generatedAtLabel: `ข้อมูล ณ ${formatThaiDateTime(now.toISOString())} น.`,
    anonymous: round.anonymous,
    invited: results.responseRate.invited,
    responded: results.responseRate.responded,
    responseRatePercent: results.responseRate.percent,
    kpi: {
      ...kpi,
      statement: kpiStatement(kpi),
      ...kpiVerdictText(kpi, results.responseRate.invited),
      intervalText: intervalText(kpi),
    },
    rows: results.scaleQuestions.map((q) => ({
      position: q.position,
      question: q.text.th,
      isOverall: q.isOverall,
      n: q.n,
      mean: q.mean,
      band: q.band,
      sd: q.sd,
      percentAt5: q.percentAt5,
      percentAt4to5: q.percentAt4to5,
      meanPercent: q.meanPercent,
      bandLabel: q.band?.label.th ?? '-',
    })),
    scale: SATISFACTION_VALUES.map((value) => ({ value, label: SATISFACTION_LABELS[value].th })),
    bands: MEAN_BANDS.map((band, index) => {
      const from = (band.fromHundredths / 100).toFixed(2);
      const previous = MEAN_BANDS[index - 1];
      const to = previous ? ((previous.fromHundredths - 1) / 100).toFixed(2) : '5.00';
      return { range: `${from}–${to}`, label: band.label.th };
    }),
    suggestionCount: results.textQuestions.reduce((sum, q) => sum + q.answers.length, 0),
  };
}
