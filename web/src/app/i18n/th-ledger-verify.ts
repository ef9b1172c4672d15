// The Thai strings of the budget ledger's check on the administrators' verify page (issue 16); en-ledger-verify.ts mirrors them.
export const thLedgerVerify = {
  ledgerVerify: {
    title: 'ตรวจสอบบัญชียอดงบประมาณ',
    intro: 'คำนวณยอดของทุกรายการงบประมาณใหม่จากบัญชีรายการเคลื่อนไหว และตรวจว่าคำขอที่อนุมัติแล้วทุกรายการมีรายการในบัญชีตรงตามที่ขอ',
    run: 'ตรวจสอบบัญชียอดงบประมาณ',
    running: 'กำลังตรวจสอบบัญชี…',
    intact: 'บัญชียอดงบประมาณถูกต้อง ยอดทุกรายการตรงกับบัญชีและคำขอที่อนุมัติ',
    counts: 'ตรวจรายการงบประมาณ {{lines}} รายการ รายการในบัญชี {{entries}} รายการ',
    broken: 'พบความไม่ตรงกันในบัญชียอดงบประมาณ (แสดงรายการแรกที่พบ)',
    line: 'รายการงบประมาณ {{code}} ปีงบประมาณ {{year}}',
    request: 'คำขอ {{trackingNo}}',
  },
};
