// Thai strings of an honest survey result: how many answered, the 95 % interval, "cannot conclude yet" below the
// round's minimum sample, what respondents are told about anonymity, and the menu entry; en-survey-honesty.ts mirrors them.
export const thSurveyHonesty = {
  surveyHonesty: {
    nav: 'แบบประเมินความพึงพอใจ',
    tooFew: 'ยังสรุปไม่ได้',
    tooFewWhy: 'ตอบ {{n}} จาก {{invited}} คน น้อยกว่าขั้นต่ำ {{minimum}} คน',
    tooFewNote: 'ร้อยละ {{percent}} จากผู้ตอบเท่านี้ยังใช้วัดผลเทียบเป้าหมายร้อยละ {{target}} ไม่ได้',
    sample: 'ผู้ตอบ n = {{n}} คน จากผู้ได้รับเชิญ {{invited}} คน (อัตราการตอบร้อยละ {{rate}})',
    interval: 'ช่วงความเชื่อมั่น 95%: ร้อยละ {{lower}}–{{upper}}',
    intervalShort: '95%: {{lower}}–{{upper}}',
    intervalHelp: 'หากถามผู้ได้รับเชิญทุกคน ร้อยละที่แท้จริงน่าจะอยู่ในช่วงนี้ (Wilson score interval) ยิ่งผู้ตอบน้อย ช่วงยิ่งกว้าง',
    minimum: 'สรุปผลเมื่อมีผู้ตอบอย่างน้อย {{minimum}} คน',
    sides: {
      above: 'ทั้งช่วงอยู่สูงกว่าเป้าหมาย',
      across: 'ช่วงนี้คร่อมเป้าหมาย: ผลผ่านหรือไม่ผ่านอาจเกิดจากความบังเอิญของผู้ที่ตอบ',
      below: 'ทั้งช่วงอยู่ต่ำกว่าเป้าหมาย',
    },
    minimumLabel: 'จำนวนผู้ตอบขั้นต่ำที่จะสรุปผล (คน)',
    minimumHint: 'ผู้ตอบน้อยกว่านี้ ผลจะแสดงว่า "ยังสรุปไม่ได้" แทนผ่านหรือไม่ผ่าน ค่าเริ่มต้น 30 คน (จำนวนผู้ตอบในรายงานผลปี 2565)',
    needMinimum: 'จำนวนผู้ตอบขั้นต่ำต้องเป็นจำนวนเต็ม 1–10,000 คน',
    respondentAnonymous:
      'แบบประเมินนี้ไม่ระบุตัวตน: ผู้ดูแลระบบเห็นเพียงว่าท่านตอบแล้ว แต่ไม่เห็นว่าท่านตอบอย่างไร และเมื่อปิดรับคำตอบ ระบบจะลบสิ่งที่เชื่อมคำตอบกับท่านออก',
    respondentNamed: 'แบบประเมินนี้ระบุตัวตน: ผู้ดูแลระบบเห็นชื่อของท่านคู่กับคำตอบ',
  },
};
