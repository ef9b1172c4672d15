// A round's results as export tables in Thai: the key figures, each scale question, response rates, suggestions.
import { SATISFACTION_VALUES, formatThaiDateTime, type SurveyResults } from '@bmrts/shared';
import { onePage, sheetColumn as column, type ExportSheet } from '../../exports';
import { kpiVerdictText } from '../summary';

function keyFigures(results: SurveyResults): ExportSheet {
  const { round, responseRate: rate, kpi } = results;
  const { verdictText, reason } = kpiVerdictText(kpi, rate.invited);
  return {
    name: 'สรุปผล',
    columns: [column('รายการ', 'text', 52), column('ค่า', 'auto', 40)],
    rows: onePage([
      ['ชื่อแบบสำรวจ', round.title],
      ['ปีงบประมาณ (พ.ศ.)', round.fiscalYear],
      ['เปิดรับคำตอบ', formatThaiDateTime(round.opensAt)],
      ['ปิดรับคำตอบ', formatThaiDateTime(round.closesAt)],
      ['ไม่ระบุตัวตนผู้ตอบ', round.anonymous ? 'ใช่' : 'ไม่ใช่'],
      ['จำนวนผู้ได้รับเชิญ (คน)', rate.invited],
      ['จำนวนผู้ตอบ (คน)', rate.responded],
      ['อัตราการตอบกลับ (ร้อยละ)', rate.percent],
      ['ผู้ตอบที่พึงพอใจโดยรวมในระดับดีมาก (คน)', kpi.atLevel5],
      ['ร้อยละของผู้ใช้บริการที่มีความพึงพอใจในระดับดีมาก', kpi.percent],
      ['ช่วงความเชื่อมั่น 95% ขอบล่าง (ร้อยละ)', kpi.interval?.lower ?? null],
      ['ช่วงความเชื่อมั่น 95% ขอบบน (ร้อยละ)', kpi.interval?.upper ?? null],
      ['เป้าหมาย (ร้อยละ)', kpi.targetPercent],
      ['จำนวนผู้ตอบขั้นต่ำที่จะสรุปผล (คน)', kpi.minimumRespondents],
      ['ผลเทียบเป้าหมาย', reason === null ? verdictText : `${verdictText}: ${reason}`],
      ['ข้อมูล ณ', formatThaiDateTime(results.computedAt)],
    ]),
  };
}

function byQuestion(results: SurveyResults): ExportSheet {
  // Level 5 first, as Thai satisfaction tables read from the best level down.
  const levels = [...SATISFACTION_VALUES].reverse();
  return {
    name: 'ผลรายข้อ',
    columns: [
      column('ข้อ', 'integer', 6),
      column('คำถาม', 'text', 50),
      column('ตัวชี้วัด (ความพึงพอใจโดยรวม)', 'text', 12),
      column('จำนวนผู้ตอบ (n)', 'integer'),
      column('ค่าเฉลี่ย', 'mean'),
      column('ระดับความพึงพอใจ', 'text'),
      column('ส่วนเบี่ยงเบนมาตรฐาน (S.D.)', 'mean'),
      column('ร้อยละระดับ 5', 'percent'),
      column('ร้อยละระดับ 4–5', 'percent'),
      column('ร้อยละความพึงพอใจ (ค่าเฉลี่ย/5×100)', 'percent'),
      ...levels.map((value) => column(`ระดับ ${value} (คน)`, 'integer', 10)),
    ],
    rows: onePage(
      results.scaleQuestions.map((q) => [
        q.position,
        q.text.th,
        q.isOverall ? 'ใช่' : '',
        q.n,
        q.mean,
        q.band?.label.th ?? null,
        q.sd,
        q.percentAt5,
        q.percentAt4to5,
        q.meanPercent,
        ...levels.map((value) => q.distribution.find((d) => d.value === value)?.count ?? 0),
      ]),
    ),
  };
}

function responseRates(results: SurveyResults): ExportSheet {
  const rate = results.responseRate;
  return {
    name: 'อัตราการตอบกลับ',
    columns: [
      column('กลุ่ม', 'text', 12),
      column('ชื่อ', 'text', 44),
      column('ผู้ได้รับเชิญ (คน)', 'integer'),
      column('ผู้ตอบ (คน)', 'integer'),
      column('ร้อยละ', 'percent'),
    ],
    rows: onePage([
      ['ทั้งหมด', 'ผู้ได้รับเชิญทั้งหมด', rate.invited, rate.responded, rate.percent],
      ...rate.byLevel.map((r) => [`ระดับ ${r.level}`, r.title.th, r.invited, r.responded, r.percent]),
      ...rate.byUnit.map((r) => [r.unitCode, r.name?.th ?? r.unitCode, r.invited, r.responded, r.percent]),
    ]),
  };
}

function suggestions(results: SurveyResults): ExportSheet {
  // The writer is named only in a round that was not anonymous.
  const named = !results.round.anonymous;
  return {
    name: 'ข้อเสนอแนะ',
    columns: [
      column('ข้อ', 'integer', 6),
      column('คำถาม', 'text', 30),
      column('ข้อความ', 'text', 80),
      ...(named ? [column('ผู้ตอบ', 'text', 30)] : []),
    ],
    rows: onePage(
      results.textQuestions.flatMap((q) =>
        q.answers.map((a) => [q.position, q.text.th, a.text, ...(named ? [a.respondent?.displayName ?? null] : [])]),
      ),
    ),
  };
}

export function resultsTables(results: SurveyResults): ExportSheet[] {
  return [keyFigures(results), byQuestion(results), responseRates(results), suggestions(results)];
}
