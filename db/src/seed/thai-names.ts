// Thai given names and surnames for the demo staff accounts of the budget units.

export const GIVEN_NAMES: readonly { name: string; female: boolean }[] = [
  { name: 'สุภาพร', female: true }, { name: 'ธีรวัฒน์', female: false }, { name: 'นภัสสร', female: true },
  { name: 'อนุวัฒน์', female: false }, { name: 'จิราพร', female: true }, { name: 'กิตติพงษ์', female: false },
  { name: 'รัชนี', female: true }, { name: 'ศุภชัย', female: false }, { name: 'ปิยะนุช', female: true },
  { name: 'สมศักดิ์', female: false }, { name: 'วิไลวรรณ', female: true }, { name: 'ชัยวัฒน์', female: false },
  { name: 'อัญชลี', female: true }, { name: 'พงศกร', female: false }, { name: 'ดวงใจ', female: true },
  { name: 'ณรงค์', female: false }, { name: 'เบญจวรรณ', female: true }, { name: 'ประยุทธ', female: false },
  { name: 'ศิริรัตน์', female: true }, { name: 'เอกชัย', female: false }, { name: 'มาลัย', female: true },
  { name: 'สุรเชษฐ์', female: false }, { name: 'กัญญา', female: true }, { name: 'ไพโรจน์', female: false },
  { name: 'ลัดดาวัลย์', female: true }, { name: 'วรวุฒิ', female: false }, { name: 'ชุติมา', female: true },
  { name: 'ธนวัฒน์', female: false }, { name: 'ปวีณา', female: true },
];

export const SURNAMES: readonly string[] = [
  'รุ่งเรือง', 'ศรีสวัสดิ์', 'พึ่งทอง', 'แสงอรุณ', 'บุญประเสริฐ', 'จันทร์เพ็ญ', 'สายสุวรรณ', 'ทองคำ',
  'วงศ์ไทย', 'ประเสริฐสุข', 'มีสุข', 'เกษมสันต์', 'ชื่นบาน', 'นาคสวัสดิ์', 'อ่อนละมัย', 'พรหมมา',
  'เจริญผล', 'สุวรรณรัตน์', 'ปัญญาดี', 'ศรีทอง', 'ธรรมรักษ์', 'รักษ์ไทย', 'กลิ่นหอม', 'สมบูรณ์ชัย',
  'ใจงาม', 'อินทร์แก้ว', 'เพชรสุวรรณ', 'บัวทอง', 'ชัยมงคล', 'แก้วมณี', 'ศักดิ์ดี',
];

/** Positions that prepare budget requests in a unit. */
export const UNIT_STAFF_POSITIONS: readonly string[] = [
  'เจ้าหน้าที่งบประมาณ', 'นักวิเคราะห์นโยบายและแผน', 'เจ้าพนักงานการเงินและบัญชี',
];
