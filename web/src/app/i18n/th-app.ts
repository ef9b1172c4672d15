// The app's own words (its name, loading, errors). A module with no imports: the build reads it too, to write the
// splash index.html paints before any script runs (vite.config.ts, appShell).
export const thApp = {
  name: 'BMRTS ติดตามการจัดสรรทันใจ',
  org: 'สำนักงบประมาณกรุงเทพมหานคร',
  mark: 'กทม.',
  skipToContent: 'ข้ามไปยังเนื้อหาหลัก',
  loading: 'กำลังโหลด…',
  retry: 'ลองใหม่',
  notFound: 'ไม่พบหน้าที่ต้องการ',
  backHome: 'กลับหน้าแรก',
  networkError: 'ติดต่อเซิร์ฟเวอร์ไม่ได้ กรุณาลองใหม่อีกครั้ง',
  unknownError: 'เกิดข้อผิดพลาด กรุณาลองใหม่อีกครั้ง',
};
