// The Thai words for working without a network (the service worker, an action attempted offline); en-offline.ts mirrors them.
export const thOffline = {
  offline: {
    notSent: 'ไม่มีการเชื่อมต่ออินเทอร์เน็ต รายการนี้ยังไม่ได้ส่งและจะไม่ถูกส่งภายหลัง กรุณาทำอีกครั้งเมื่อเชื่อมต่อแล้ว',
  },
};
