// The Thai strings of where a request stands (the position line on rows, the unit's home and the request page) and of
// a person's contact details; en-position.ts mirrors them.
export const thPosition = {
  position: {
    level: 'ระดับ {{level}} {{title}}',
    council: 'รอสภากรุงเทพมหานครพิจารณา',
    councilRecordedBy: 'ผู้บันทึกผลของสภาฯ',
    heldBy: 'ผู้รับผิดชอบ',
    nobody: 'ยังไม่มีผู้ดำรงตำแหน่งนี้สำหรับหน่วยงานนี้',
    actingFor: 'รักษาราชการแทน {{name}}',
    actingAtLevel: 'รักษาราชการในตำแหน่ง',
    extension: 'โทร. ต่อ {{extension}}',
    noExtension: 'ยังไม่ระบุเบอร์ภายใน',
    more: 'และอีก {{count}} คน',
    since: 'ตั้งแต่ {{date}}',
    days: '{{days}} วันทำการ',
    daysOfTarget: '{{days}} จาก {{target}} วันทำการ',
    noTarget: 'ไม่มีกำหนดเวลาของสำนักงบประมาณ',
    overdue: 'เกินกำหนด',
    outcome: '{{outcome}} {{date}}',
    where: 'อยู่ที่',
  },
  contact: {
    title: 'ข้อมูลติดต่อ',
    intro: 'เบอร์ภายในจะแสดงคู่กับชื่อของคุณในทุกคำขอที่อยู่ในความรับผิดชอบของคุณ เพื่อให้หน่วยงานโทรสอบถามได้',
    extension: 'เบอร์โทรศัพท์ภายใน',
    extensionHint: 'ตัวเลข คั่นหลายเบอร์ด้วยจุลภาค เช่น 1234 หรือ 1234, 1235 เว้นว่างเพื่อลบ',
    save: 'บันทึกข้อมูลติดต่อ',
    saved: 'บันทึกข้อมูลติดต่อแล้ว',
  },
};
