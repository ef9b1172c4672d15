// The Thai words the Council report's printed page and its workbook share: the report goes to the Council in Thai,
// so the page (through the web catalogue) and the XLSX (on the server) take its column headers and part titles from here.
export const COUNCIL_REPORT_COLUMNS_TH = {
  no: 'ลำดับ',
  trackingNo: 'เลขที่คำขอ',
  type: 'ประเภทคำขอ',
  unit: 'หน่วยรับงบประมาณ',
  item: 'รายการงบกลาง',
  title: 'เรื่อง',
  amount: 'จำนวนเงิน (บาท)',
  submittedAt: 'วันที่ส่งคำขอ',
  councilAt: 'วันที่เสนอสภาฯ',
  decidedAt: 'วันที่พิจารณา',
  outcome: 'ผลการพิจารณา',
  decidedBy: 'ผู้พิจารณา',
} as const;

export const COUNCIL_REPORT_PARTS_TH = {
  centralFund: 'ส่วนที่ 1 การอนุมัติจัดสรรงบประมาณรายจ่าย งบกลาง ที่ต้องรายงานสภากรุงเทพมหานคร',
  council: 'ส่วนที่ 2 คำขอที่เสนอสภากรุงเทพมหานครให้ความเห็นชอบ',
} as const;
