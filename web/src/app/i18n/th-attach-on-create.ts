// The Thai strings of the documents chosen in the create form, sent with the new draft; en-attach-on-create.ts mirrors them.
export const thAttachOnCreate = {
  attachOnCreate: {
    title: 'เอกสารแนบ',
    intro: 'เลือกเอกสารประกอบคำขอได้เลย ระบบจะบันทึกพร้อมกับคำขอ (แนบเพิ่มภายหลังได้ที่หน้าคำขอ)',
    chooseFiles: 'เลือกไฟล์ที่จะแนบ',
    hint: 'PDF รูปภาพ (PNG, JPEG, WebP) หรือตารางคำนวณ (XLSX, ODS, XLS, CSV) ไฟล์ละไม่เกิน 10 MB ไม่เกิน {{max}} ไฟล์',
    caption: 'ไฟล์ที่เลือกไว้',
    none: 'ยังไม่ได้เลือกไฟล์',
    chosen: 'เลือกไว้ {{count}} ไฟล์',
    checking: 'กำลังตรวจไฟล์…',
    ready: 'พร้อมแนบ',
    renamed: 'จะบันทึกเป็น {{name}} ให้ตรงกับชนิดไฟล์จริง',
    remove: 'นำไฟล์ {{name}} ออก',
    tooMany: 'แนบพร้อมคำขอได้ไม่เกิน {{max}} ไฟล์ ไฟล์ที่เกินไม่ได้ถูกเพิ่ม (แนบเพิ่มได้ที่หน้าคำขอหลังบันทึก)',
    unreadable: 'อ่านไฟล์นี้ไม่ได้ (อาจถูกย้ายหรือลบไปแล้ว) กรุณานำออกแล้วเลือกใหม่',
    blocked: 'มีไฟล์ที่แนบไม่ได้ กรุณานำไฟล์ที่มีข้อความสีแดงออกก่อนบันทึก',
    stillChecking: 'กำลังตรวจไฟล์ กรุณารอสักครู่แล้วกดบันทึกอีกครั้ง',
  },
};
