// Statuses and history events by name, for what the server writes itself (exports, the import's reading of a sheet);
// the web shows the same words from its i18n catalogue.
import type { Bilingual } from './levels';
import type { HistoryEventType, RequestStatus } from './status';

export const STATUS_NAMES: Record<RequestStatus, Bilingual> = {
  draft: { th: 'ร่าง', en: 'Draft' },
  in_review: { th: 'อยู่ระหว่างพิจารณา', en: 'In review' },
  returned: { th: 'ส่งคืนแก้ไข', en: 'Returned for revision' },
  awaiting_council: { th: 'รอสภากรุงเทพมหานคร', en: 'Awaiting the BMA Council' },
  approved: { th: 'อนุมัติแล้ว', en: 'Approved' },
  rejected: { th: 'ไม่อนุมัติ', en: 'Rejected' },
  withdrawn: { th: 'ถอนคำขอแล้ว', en: 'Withdrawn' },
};

export const HISTORY_EVENT_NAMES: Record<HistoryEventType, Bilingual> = {
  SUBMIT: { th: 'ส่งคำขอ', en: 'Submit' },
  APPROVE: { th: 'เห็นชอบ / อนุมัติ', en: 'Approve' },
  RETURN: { th: 'ส่งคืนหน่วยงานแก้ไข', en: 'Return to the unit' },
  SEND_BACK: { th: 'ส่งกลับระดับก่อนหน้า', en: 'Send back one level' },
  REJECT: { th: 'ไม่อนุมัติ', en: 'Reject' },
  WITHDRAW: { th: 'ถอนคำขอ', en: 'Withdraw' },
  RESUBMIT: { th: 'ส่งคำขออีกครั้ง', en: 'Resubmit' },
  COUNCIL_APPROVE: { th: 'บันทึกมติสภาฯ เห็นชอบ', en: 'Record Council approval' },
  COUNCIL_REJECT: { th: 'บันทึกมติสภาฯ ไม่เห็นชอบ', en: 'Record Council rejection' },
  IMPORTED: { th: 'นำเข้าจากไฟล์ตารางคำนวณ', en: 'Imported from a spreadsheet' },
};
