// The Thai strings of the phone layout: the header's menu, the folded stepper and the folded list filters; en-phone.ts mirrors them.
export const thPhone = {
  phone: {
    menu: 'เมนู',
    menuLabel: 'เปิดเมนูหลัก',
    stepOf: 'ระดับ {{level}} จาก {{final}}',
    stepAt: 'ระดับ {{level}}',
    allPassed: 'ผ่านครบ {{final}} ระดับ',
    showPath: 'ดูทุกระดับ',
    hidePath: 'ซ่อนรายละเอียด',
    filters: 'ตัวกรอง',
    filtersCount: 'ตัวกรอง ({{n}})',
  },
};
