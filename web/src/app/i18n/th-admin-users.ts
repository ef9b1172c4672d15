// Thai strings of the users page that pages its list and filters it by unit (a phone reads a few screens, not forty);
// en-admin-users.ts mirrors them.
export const thAdminUsers = {
  adminUsers: {
    unit: 'หน่วยรับงบประมาณ',
    anyUnit: 'ทุกหน่วยงาน',
    showMore: 'แสดงผู้ใช้เพิ่ม',
    levelShort: 'ระดับ {{level}}',
  },
};
