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

function kpiSentences(kpi: SurveyResults['kpi']): { statement: string; verdict: string } {
  const target = `เป้าหมายร้อยละ ${targetText(kpi.targetPercent)}`;
  if (kpi.percent === null) return { statement: `ยังไม่มีผู้ตอบแบบสำรวจ (${target})`, verdict: 'ยังไม่มีผู้ตอบ' };
  return {
    // The sentence of the 2565 performance report, with this round's figures.
    statement: `ร้อยละ ${kpi.percent.toFixed(1)} ของผู้ใช้บริการผ่านระบบ BMRTS มีความพึงพอใจในระดับดีมาก (${kpi.atLevel5} จาก ${kpi.respondents} คน; ${target})`,
    verdict: kpi.passed ? 'ผ่านเป้าหมาย' : 'ไม่ผ่านเป้าหมาย',
  };
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
    kpi: { ...kpi, ...kpiSentences(kpi) },
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
