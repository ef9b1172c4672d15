// The Thai strings of why a request came back (the banner at the top of its page, the bell's notice) and of what just
// happened after a submission or a decision (the confirmation, and going on to the next item); en-returned.ts mirrors them.
export const thReturned = {
  returnBanner: {
    titleReturned: 'ส่งคืนให้แก้ไข',
    titleSentBack: 'ส่งกลับมาให้ทบทวน',
    by: 'โดย {{name}} {{title}}',
    onBehalfOf: 'ปฏิบัติแทน {{name}}',
    at: 'เมื่อ {{when}}',
    reason: 'เหตุผล',
    editAndResubmit: 'แก้ไขและส่งอีกครั้ง',
  },
  noticeWithReason: {
    returned: '{{name}} {{title}} ส่งคืนคำขอเพื่อแก้ไข: “{{reason}}”',
    sentBack: '{{name}} {{title}} ส่งกลับมาให้ทบทวน: “{{reason}}”',
    onBehalfOf: '(แทน {{name}})',
  },
  confirmation: {
    done: '{{action}} เรียบร้อยแล้ว',
    toPeople: 'ส่งถึง {{people}} {{title}} แล้ว',
    toLevel: 'ส่งถึงระดับ {{level}} {{title}} แล้ว',
    toUnit: 'ส่งคืนถึง {{people}} {{unit}} แล้ว',
    toUnitNobody: 'ส่งคืน{{unit}}แล้ว',
    toCouncil: 'ส่งถึงสภากรุงเทพมหานครแล้ว รอมติสภาฯ',
    approved: 'คำขอได้รับอนุมัติแล้ว เป็นอันสิ้นสุด',
    rejected: 'คำขอไม่ได้รับอนุมัติ เป็นอันสิ้นสุด',
    withdrawn: 'ถอนคำขอแล้ว เป็นอันสิ้นสุด',
    others: 'และอีก {{count}} คน',
    previous: '{{action}} คำขอ {{trackingNo}} เรียบร้อยแล้ว — รายการถัดไปในงานของฉัน',
    close: 'ปิดข้อความ',
  },
  nextItem: {
    approveAndNext: 'อนุมัติและไปรายการถัดไป',
    none: 'ไม่มีรายการรอพิจารณาแล้ว',
  },
};
