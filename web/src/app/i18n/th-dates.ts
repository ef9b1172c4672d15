// The Thai strings of the date, date-time, file and amount inputs (web/src/lib/thai-date-input.tsx and friends);
// en-dates.ts mirrors them.
export const thDates = {
  dateInput: {
    date: 'วันที่',
    placeholder: 'วัน/เดือน/ปี พ.ศ.',
    format: 'พิมพ์ วัน/เดือน/ปี พ.ศ. เช่น {{example}} หรือเลือกจากปฏิทิน',
    invalid: 'อ่านวันที่นี้ไม่ได้ พิมพ์ วัน/เดือน/ปี พ.ศ. เช่น {{example}}',
    openCalendar: 'เลือก{{label}}จากปฏิทิน',
    calendar: 'ปฏิทิน',
    month: 'เดือน',
    year: 'ปี พ.ศ.',
    yearValue: '{{year}}',
    previousMonth: 'เดือนก่อน',
    nextMonth: 'เดือนถัดไป',
    today: 'วันนี้',
    clear: 'ล้าง',
    close: 'ปิด',
    time: 'เวลา',
    timePlaceholder: 'ชช:นน',
    timeInvalid: 'อ่านเวลานี้ไม่ได้ พิมพ์เป็น 24 ชั่วโมง เช่น 09:00 หรือ 16:30',
    timeOf: '{{label}} เวลา (24 ชั่วโมง)',
  },
  fileInput: {
    choose: 'เลือกไฟล์',
    none: 'ยังไม่ได้เลือกไฟล์',
  },
};
