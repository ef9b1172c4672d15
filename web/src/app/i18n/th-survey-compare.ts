// Thai strings of the change between two compared survey rounds: claimed only when both rounds can conclude, and then
// with whether their 95 % intervals overlap; en-survey-compare.ts mirrors them.
export const thSurveyCompare = {
  surveyCompare: {
    cannotConclude: 'ยังสรุปไม่ได้',
    because: {
      too_few: '{{title}}: ตอบ {{n}} คน น้อยกว่าขั้นต่ำ {{minimum}} คน',
      no_answers: '{{title}}: ยังไม่มีผู้ตอบ',
    },
    points: '{{change}} จุด',
    overlap: 'ช่วงความเชื่อมั่น 95% ของสองรอบซ้อนกัน: ความต่างนี้อาจเกิดจากความบังเอิญ ยังถือว่าเปลี่ยนแปลงไม่ได้',
    apart: 'ช่วงความเชื่อมั่น 95% ของสองรอบไม่ซ้อนกัน: เปลี่ยนแปลงจริงมากกว่าความบังเอิญ',
  },
};
