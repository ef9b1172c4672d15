// The Thai strings of the unit's letter (เลขที่หนังสือ, ลงวันที่) on a request; en-letter.ts mirrors them.
export const thLetter = {
  letter: {
    number: 'เลขที่หนังสือ',
    numberHint: 'เลขที่หนังสือของหน่วยงานที่ส่งคำขอนี้ เช่น กท 5101/1201 (ถ้ามี)',
    date: 'หนังสือลงวันที่',
    cited: 'หนังสือที่ {{no}}',
    numberDated: '{{no}} ลงวันที่ {{date}}',
  },
};
