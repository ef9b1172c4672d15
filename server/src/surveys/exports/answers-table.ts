// The raw answers, one row per response. An anonymous round's rows carry only a random response id and the answers:
// no user id, username, name, unit, level or time.
import { LEVEL_TITLES, formatThaiDateTime, isLevel, type StoredResponse } from '@bmrts/shared';
import type { SurveyRound } from '../round-record';
import { onePage, sheetColumn as column, type ExportSheet, type ExportValue } from '../../exports';

export function answersTable(round: SurveyRound, responses: readonly StoredResponse[]): ExportSheet {
  const named = !round.anonymous;
  const identityColumns = named
    ? [
        column('รหัสผู้ใช้', 'text', 38),
        column('ชื่อผู้ใช้', 'text', 18),
        column('ชื่อ-นามสกุล', 'text', 28),
        column('หน่วยงาน', 'text', 10),
        column('ระดับ', 'integer', 8),
        column('ตำแหน่ง', 'text', 30),
        column('เวลาที่ตอบ', 'text', 20),
      ]
    : [];
  return {
    name: 'คำตอบ',
    columns: [
      column('รหัสคำตอบ', 'text', 38),
      ...identityColumns,
      ...round.questions.map((q, index) =>
        column(`ข้อ ${index + 1}. ${q.text.th}`, q.kind === 'scale' ? 'integer' : 'text', q.kind === 'scale' ? 14 : 50),
      ),
    ],
    rows: onePage(
      responses.map((response) => {
        const who = response.respondent;
        const identity: ExportValue[] = !named
          ? []
          : who
            ? [
                who.id,
                who.username,
                who.displayName,
                who.unitCode,
                who.level,
                isLevel(who.level) ? LEVEL_TITLES[who.level].th : null,
                response.submittedAt ? formatThaiDateTime(response.submittedAt) : null,
              ]
            : identityColumns.map(() => null);
        const answers = round.questions.map((q) => response.answers.find((a) => a.questionId === q.id)?.value ?? null);
        return [response.responseId, ...identity, ...answers];
      }),
    ),
  };
}
