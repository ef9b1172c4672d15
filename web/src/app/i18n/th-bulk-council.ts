// The Thai strings of the reviewer's inbox for what waits for the BMA Council: level 8 records the Council's decision
// one request at a time, so such a row has no bulk checkbox; en-bulk-council.ts mirrors them.
export const thBulkCouncil = {
  bulkCouncil: {
    record: 'บันทึกมติสภาฯ',
    leftOut: 'ไม่รวม {{n}} รายการที่รอมติสภากรุงเทพมหานคร ซึ่งบันทึกมติสภาฯ ทีละเรื่องจากปุ่มในแถว',
  },
};
