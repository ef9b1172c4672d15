// The dashboard's tables as spreadsheets: Thai headers, counts and working days as numbers, first-pass yield as a number
// with one decimal, months in Thai with the BE year. The rows are the figures GET /api/overview answers, as they are.
import {
  COUNCIL_TITLE,
  LEVEL_TITLES,
  REQUEST_TYPES,
  REQUEST_TYPE_NAMES,
  REVIEW_LEVELS,
  bangkokDate,
  formatThaiMonth,
  isLevel,
  type AgeingRow,
  type ExportFormat,
  type FirstPassRow,
  type OverviewResponse,
  type OverviewTable,
  type RequestType,
} from '@bmrts/shared';
import { exportColumn as col, exportDownload, onePage, type ExportDownload, type ExportSpec } from '../exports';

interface WaitRow {
  level: number | null;
  title: string;
  waiting: number;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
  targetDays: Record<RequestType, number | null> | null;
  overdue: number | null;
}

interface MonthRow {
  label: string;
  counts: Record<RequestType, number>;
  total: number;
}

const unitColumns = <Row extends { unitCode: string; unitName: { th: string } }>() => [
  col<Row>('รหัสหน่วยงาน', 'text', 10, (r) => r.unitCode),
  col<Row>('หน่วยงาน', 'text', 30, (r) => r.unitName.th),
];

export const levelsSpec: ExportSpec<WaitRow> = {
  sheetName: 'งานรอตามระดับ',
  columns: [
    col('ระดับ', 'integer', 7, (r) => r.level),
    col('ตำแหน่ง', 'text', 40, (r) => r.title),
    col('รออยู่ (รายการ)', 'integer', 12, (r) => r.waiting),
    col('มัธยฐาน (วันทำการ)', 'integer', 14, (r) => r.medianWorkingDays),
    col('เปอร์เซ็นไทล์ที่ 90 (วันทำการ)', 'integer', 14, (r) => r.p90WorkingDays),
    ...REQUEST_TYPES.map((type) =>
      col<WaitRow>(`เป้าหมาย ${REQUEST_TYPE_NAMES[type].th} (วันทำการ)`, 'integer', 16, (r) => r.targetDays?.[type] ?? null),
    ),
    col('เกินกำหนด (รายการ)', 'integer', 12, (r) => r.overdue),
  ],
};

export const ageingSpec: ExportSpec<AgeingRow> = {
  sheetName: 'งานค้างตามหน่วยงานและระดับ',
  columns: [
    ...unitColumns<AgeingRow>(),
    ...REVIEW_LEVELS.flatMap((level) => [
      col<AgeingRow>(`ระดับ ${level} รออยู่`, 'integer', 10, (r) => r.cells.find((c) => c.level === level)?.waiting ?? 0),
      col<AgeingRow>(`ระดับ ${level} เกินกำหนด`, 'integer', 10, (r) => r.cells.find((c) => c.level === level)?.overdue ?? 0),
    ]),
    col('รอมติสภากรุงเทพมหานคร', 'integer', 12, (r) => r.awaitingCouncil),
    col('รวม', 'integer', 8, (r) => r.total),
  ],
};

export const firstPassSpec: ExportSpec<FirstPassRow> = {
  sheetName: 'อัตราผ่านโดยไม่ถูกส่งคืน',
  columns: [
    ...unitColumns<FirstPassRow>(),
    col('อนุมัติแล้ว (รายการ)', 'integer', 12, (r) => r.approved),
    col('ผ่านโดยไม่ถูกส่งคืน (รายการ)', 'integer', 14, (r) => r.firstPass),
    col('ร้อยละผ่านโดยไม่ถูกส่งคืน', 'decimal', 12, (r) => r.percent),
  ],
};

export const monthlySpec: ExportSpec<MonthRow> = {
  sheetName: 'จำนวนคำขอรายเดือน',
  columns: [
    col('เดือน', 'text', 18, (r) => r.label),
    ...REQUEST_TYPES.map((type) => col<MonthRow>(REQUEST_TYPE_NAMES[type].th, 'integer', 20, (r) => r.counts[type])),
    col('รวม', 'integer', 8, (r) => r.total),
  ],
};

function levelRows(overview: OverviewResponse): WaitRow[] {
  return [
    ...overview.levels.map((l) => ({ ...l, title: isLevel(l.level) ? LEVEL_TITLES[l.level].th : '' })),
    { ...overview.council, level: null, title: COUNCIL_TITLE.th, targetDays: null, overdue: null },
  ];
}

function monthRows(overview: OverviewResponse): MonthRow[] {
  const months = overview.monthly.map((m) => ({ label: formatThaiMonth(m.month, 'th'), counts: m.counts, total: m.total }));
  const counts = Object.fromEntries(
    REQUEST_TYPES.map((type) => [type, overview.monthly.reduce((sum, m) => sum + m.counts[type], 0)]),
  ) as MonthRow['counts'];
  return [...months, { label: 'ทั้งปี', counts, total: overview.monthly.reduce((sum, m) => sum + m.total, 0) }];
}

/** One of the dashboard's tables as a download; the waits are dated by the day measured, the rest by fiscal year. */
export function overviewDownload(table: OverviewTable, overview: OverviewResponse, format: ExportFormat, now: Date): ExportDownload {
  const day = bangkokDate(now);
  const year = `ปีงบประมาณ-${overview.fiscalYear}`;
  switch (table) {
    case 'levels':
      return exportDownload(levelsSpec, onePage(levelRows(overview)), format, `งานรอตามระดับ-${day}`, now);
    case 'ageing':
      return exportDownload(ageingSpec, onePage(overview.ageing), format, `งานค้างตามหน่วยงาน-${day}`, now);
    case 'firstPass':
      return exportDownload(firstPassSpec, onePage(overview.firstPass), format, `อัตราผ่านโดยไม่ถูกส่งคืน-${year}`, now);
    case 'monthly':
      return exportDownload(monthlySpec, onePage(monthRows(overview)), format, `จำนวนคำขอรายเดือน-${year}`, now);
  }
}
