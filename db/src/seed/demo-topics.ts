// What BMA units actually spend on, in Thai: the items the demo requests are written about.
// `for` limits a topic to unit kinds ('district', 'department') or unit codes; no `for` suits any unit.

export interface SpendingTopic {
  item: string;
  purpose: string;
  category: 'operating' | 'subsidy' | 'other';
  /** Plausible above 10 million baht (rule A3). */
  large?: boolean;
  for?: readonly string[];
}

export interface EquipmentTopic {
  item: string;
  unitName: string;
  unitBaht: readonly [number, number];
  quantity: readonly [number, number];
  purpose: string;
  for?: readonly string[];
}

export interface ConstructionTopic {
  item: string;
  baht: readonly [number, number];
  purpose: string;
  for?: readonly string[];
}

export const PERSONNEL_ITEMS: readonly string[] = [
  'เงินเดือนข้าราชการกรุงเทพมหานครสามัญ',
  'ค่าจ้างประจำ',
  'ค่าจ้างชั่วคราว',
  'เงินเพิ่มค่าครองชีพชั่วคราว',
  'เงินประจำตำแหน่งและค่าตอบแทนรายเดือน',
];

export const SPENDING_TOPICS: readonly SpendingTopic[] = [
  {
    item: 'ค่าจ้างเหมาบริการรักษาความสะอาดอาคารสำนักงาน',
    purpose: 'รักษาความสะอาดอาคารและพื้นที่ให้บริการประชาชน',
    category: 'operating',
    large: true,
  },
  {
    item: 'ค่าจ้างเหมาเก็บขนมูลฝอย',
    purpose: 'เก็บขนมูลฝอยตกค้างในชุมชนและตลาดให้เป็นไปตามรอบที่กำหนด',
    category: 'operating',
    large: true,
    for: ['district', 'D11'],
  },
  {
    item: 'ค่าวัสดุเชื้อเพลิงและหล่อลื่น',
    purpose: 'ใช้กับรถบรรทุกขยะ รถดูดโคลน และเครื่องสูบน้ำ',
    category: 'operating',
    for: ['district', 'D10', 'D11', 'D17'],
  },
  { item: 'ค่าจ้างเหมาบริการรักษาความปลอดภัย', purpose: 'รักษาความปลอดภัยสถานที่ราชการตลอด 24 ชั่วโมง', category: 'operating' },
  { item: 'ค่าซ่อมแซมบำรุงรักษาครุภัณฑ์ยานพาหนะ', purpose: 'ซ่อมแซมรถที่ชำรุดให้ใช้งานได้ตามปกติ', category: 'operating' },
  { item: 'ค่าวัสดุสำนักงานและวัสดุคอมพิวเตอร์', purpose: 'ใช้ในการปฏิบัติงานและให้บริการประชาชน', category: 'operating' },
  { item: 'ค่าตอบแทนการปฏิบัติงานนอกเวลาราชการ', purpose: 'ปฏิบัติงานเร่งด่วนนอกเวลาราชการ', category: 'operating' },
  {
    item: 'ค่าจ้างเหมาขุดลอกท่อระบายน้ำ',
    purpose: 'ขุดลอกท่อระบายน้ำก่อนฤดูฝนเพื่อบรรเทาน้ำท่วมขัง',
    category: 'operating',
    large: true,
    for: ['district', 'D10'],
  },
  { item: 'ค่าจ้างเหมาดูแลสวนสาธารณะและต้นไม้ริมทาง', purpose: 'ดูแลตัดแต่งต้นไม้และพื้นที่สีเขียว', category: 'operating', for: ['district', 'D11'] },
  {
    item: 'ค่ายาและเวชภัณฑ์มิใช่ยา',
    purpose: 'ให้บริการรักษาพยาบาลผู้ป่วยในโรงพยาบาลสังกัดกรุงเทพมหานคร',
    category: 'operating',
    large: true,
    for: ['D06', 'D07'],
  },
  { item: 'ค่าวัสดุวิทยาศาสตร์หรือการแพทย์', purpose: 'ใช้ในศูนย์บริการสาธารณสุข', category: 'operating', for: ['D06', 'D07'] },
  {
    item: 'ค่าบำรุงรักษาระบบสัญญาณไฟจราจรและกล้องโทรทัศน์วงจรปิด',
    purpose: 'ดูแลระบบสัญญาณไฟจราจรและกล้อง CCTV ให้ใช้งานได้',
    category: 'operating',
    large: true,
    for: ['D12'],
  },
  {
    item: 'ค่าใช้จ่ายโครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน',
    purpose: 'เพิ่มศักยภาพอาสาสมัครในการป้องกันและบรรเทาสาธารณภัย',
    category: 'operating',
    for: ['district', 'D17'],
  },
  {
    item: 'ค่าอาหารกลางวันนักเรียนโรงเรียนสังกัดกรุงเทพมหานคร',
    purpose: 'จัดอาหารกลางวันให้นักเรียนครบทุกวันทำการ',
    category: 'subsidy',
    large: true,
    for: ['district', 'D08'],
  },
  {
    item: 'ค่าอาหารเสริม (นม) นักเรียน',
    purpose: 'จัดอาหารเสริม (นม) ให้นักเรียนระดับอนุบาลและประถมศึกษา',
    category: 'subsidy',
    large: true,
    for: ['district', 'D08'],
  },
  { item: 'เงินอุดหนุนศูนย์พัฒนาเด็กเล็กในชุมชน', purpose: 'สนับสนุนค่าอาหารและวัสดุพัฒนาการเด็กเล็ก', category: 'subsidy', for: ['district', 'D14'] },
  {
    item: 'เงินอุดหนุนกองทุนหลักประกันสุขภาพกรุงเทพมหานคร',
    purpose: 'สมทบกองทุนหลักประกันสุขภาพระดับพื้นที่',
    category: 'subsidy',
    large: true,
    for: ['D07'],
  },
  { item: 'ค่าใช้จ่ายในการจัดงานประเพณีลอยกระทง', purpose: 'สืบสานประเพณีและส่งเสริมการท่องเที่ยว', category: 'other', for: ['district', 'D15'] },
  {
    item: 'ค่าจ้างที่ปรึกษาศึกษาความเหมาะสมและออกแบบรายละเอียด',
    purpose: 'ศึกษาความเหมาะสมของโครงการก่อนการก่อสร้าง',
    category: 'other',
    large: true,
    for: ['D05', 'D09', 'D10', 'D12', 'D13'],
  },
  {
    item: 'ค่าใช้จ่ายในการสำรวจความพึงพอใจของประชาชนต่อการให้บริการ',
    purpose: 'ประเมินผลการให้บริการตามตัวชี้วัด',
    category: 'other',
    for: ['department'],
  },
];

export const SMALL_EQUIPMENT: readonly EquipmentTopic[] = [
  {
    item: 'เครื่องคอมพิวเตอร์ สำหรับงานประมวลผล',
    unitName: 'เครื่อง',
    unitBaht: [22_000, 45_000],
    quantity: [10, 80],
    purpose: 'ทดแทนเครื่องเดิมที่หมดอายุการใช้งาน',
  },
  {
    item: 'รถจักรยานยนต์ ขนาด 120 ซีซี',
    unitName: 'คัน',
    unitBaht: [55_000, 75_000],
    quantity: [4, 20],
    purpose: 'ใช้ในการตรวจตราพื้นที่และบังคับใช้กฎหมาย',
    for: ['district', 'D16'],
  },
  {
    item: 'เครื่องสูบน้ำแบบหอยโข่ง ขนาด 8 นิ้ว',
    unitName: 'เครื่อง',
    unitBaht: [180_000, 450_000],
    quantity: [2, 12],
    purpose: 'เร่งระบายน้ำในจุดเสี่ยงน้ำท่วมขัง',
    for: ['district', 'D10'],
  },
  {
    item: 'เครื่องกระตุกหัวใจไฟฟ้าอัตโนมัติ (AED)',
    unitName: 'เครื่อง',
    unitBaht: [60_000, 120_000],
    quantity: [5, 40],
    purpose: 'ติดตั้งในสถานที่สาธารณะเพื่อช่วยชีวิตผู้ป่วยฉุกเฉิน',
    for: ['D06', 'D07', 'D17', 'district'],
  },
  {
    item: 'กล้องโทรทัศน์วงจรปิด พร้อมอุปกรณ์',
    unitName: 'ชุด',
    unitBaht: [35_000, 90_000],
    quantity: [20, 120],
    purpose: 'เพิ่มความปลอดภัยในพื้นที่เสี่ยงภัย',
    for: ['district', 'D12', 'D16'],
  },
  {
    item: 'เครื่องปรับอากาศ แบบแยกส่วน ขนาด 24,000 บีทียู',
    unitName: 'เครื่อง',
    unitBaht: [28_000, 42_000],
    quantity: [10, 60],
    purpose: 'ทดแทนเครื่องเดิมในห้องเรียนและสำนักงาน',
  },
];

export const LARGE_EQUIPMENT: readonly EquipmentTopic[] = [
  {
    item: 'รถบรรทุกขยะมูลฝอยแบบอัดท้าย ขนาด 5 ตัน',
    unitName: 'คัน',
    unitBaht: [2_400_000, 3_600_000],
    quantity: [1, 6],
    purpose: 'ทดแทนรถเดิมที่มีอายุการใช้งานเกิน 15 ปี',
    for: ['district', 'D11'],
  },
  {
    item: 'รถดับเพลิงและกู้ภัยขนาดกลาง',
    unitName: 'คัน',
    unitBaht: [9_000_000, 18_000_000],
    quantity: [1, 3],
    purpose: 'เพิ่มขีดความสามารถในการระงับอัคคีภัยในพื้นที่ชุมชนหนาแน่น',
    for: ['D17'],
  },
  {
    item: 'เครื่องเอกซเรย์คอมพิวเตอร์ (CT Scan) 128 สไลซ์',
    unitName: 'เครื่อง',
    unitBaht: [25_000_000, 45_000_000],
    quantity: [1, 1],
    purpose: 'ให้บริการตรวจวินิจฉัยผู้ป่วยในโรงพยาบาล',
    for: ['D06', 'D19'],
  },
  {
    item: 'รถดูดโคลนเลนแบบสุญญากาศ',
    unitName: 'คัน',
    unitBaht: [6_000_000, 9_500_000],
    quantity: [1, 3],
    purpose: 'ทำความสะอาดท่อระบายน้ำขนาดใหญ่',
    for: ['D10', 'district'],
  },
];

export const SMALL_CONSTRUCTION: readonly ConstructionTopic[] = [
  {
    item: 'ปรับปรุงผิวจราจรและทางเท้า {street}',
    baht: [1_500_000, 9_800_000],
    purpose: 'ให้ประชาชนสัญจรได้สะดวกและปลอดภัย',
    for: ['district', 'D09'],
  },
  { item: 'ก่อสร้างท่อระบายน้ำพร้อมบ่อพัก {street}', baht: [2_000_000, 9_500_000], purpose: 'แก้ไขปัญหาน้ำท่วมขังในพื้นที่', for: ['district', 'D10'] },
  {
    item: 'ปรับปรุงอาคารเรียนและห้องน้ำนักเรียน',
    baht: [1_200_000, 8_500_000],
    purpose: 'ปรับปรุงสภาพแวดล้อมการเรียนรู้ของนักเรียน',
    for: ['district', 'D08'],
  },
  { item: 'ติดตั้งไฟฟ้าแสงสว่าง {street}', baht: [1_000_000, 6_000_000], purpose: 'เพิ่มความปลอดภัยในการสัญจรเวลากลางคืน', for: ['district', 'D12'] },
  { item: 'ปรับปรุงสำนักงานและพื้นที่ให้บริการประชาชน', baht: [1_500_000, 9_000_000], purpose: 'รองรับการให้บริการแบบจุดเดียวเบ็ดเสร็จ' },
];

export const LARGE_CONSTRUCTION: readonly ConstructionTopic[] = [
  {
    item: 'ก่อสร้างเขื่อน ค.ส.ล. ริม{canal}',
    baht: [15_000_000, 85_000_000],
    purpose: 'ป้องกันการกัดเซาะตลิ่งและน้ำล้นเข้าชุมชน',
    for: ['district', 'D10'],
  },
  {
    item: 'ก่อสร้างอาคารศูนย์บริการสาธารณสุข',
    baht: [30_000_000, 120_000_000],
    purpose: 'ขยายการให้บริการสาธารณสุขใกล้บ้าน',
    for: ['D07', 'district'],
  },
  { item: 'ก่อสร้างอาคารเรียน ค.ส.ล. 4 ชั้น', baht: [25_000_000, 60_000_000], purpose: 'รองรับจำนวนนักเรียนที่เพิ่มขึ้น', for: ['district', 'D08'] },
  { item: 'ก่อสร้างสะพานข้าม{canal}', baht: [20_000_000, 95_000_000], purpose: 'เชื่อมโครงข่ายถนนและลดปัญหาการจราจร', for: ['D09', 'district'] },
  { item: 'ก่อสร้างสถานีสูบน้ำและบ่อสูบน้ำ {street}', baht: [18_000_000, 70_000_000], purpose: 'เพิ่มประสิทธิภาพการระบายน้ำ', for: ['D10'] },
];

/** Operating items that usually end the year with money left over: the source of most transfers. */
export const TRANSFER_SOURCES: readonly string[] = [
  'ค่าวัสดุสำนักงาน',
  'ค่าสาธารณูปโภค (ค่าไฟฟ้า)',
  'ค่าใช้จ่ายในการเดินทางไปราชการ',
  'ค่าวัสดุงานบ้านงานครัว',
  'ค่าจ้างเหมาบริการ (เงินเหลือจ่ายจากการจัดซื้อจัดจ้าง)',
  'ค่าใช้จ่ายในการฝึกอบรมและสัมมนา',
  'ค่าวัสดุเชื้อเพลิงและหล่อลื่น',
];

/** Operating items that run short during the year. */
export const TRANSFER_TARGETS: readonly { item: string; purpose: string; for?: readonly string[] }[] = [
  { item: 'ค่าซ่อมแซมรถบรรทุกขยะ', purpose: 'ซ่อมรถบรรทุกขยะที่ชำรุดให้ออกปฏิบัติงานได้ทันที', for: ['district', 'D11'] },
  { item: 'ค่าซ่อมแซมเครื่องสูบน้ำ', purpose: 'ซ่อมเครื่องสูบน้ำให้พร้อมใช้ก่อนช่วงฝนตกหนัก', for: ['district', 'D10'] },
  { item: 'ค่าจ้างเหมาบริการรักษาความสะอาด', purpose: 'จ้างเหมาทำความสะอาดพื้นที่เพิ่มเติม' },
  { item: 'ค่าวัสดุการแพทย์', purpose: 'จัดหาวัสดุการแพทย์ให้เพียงพอต่อจำนวนผู้ป่วยที่เพิ่มขึ้น', for: ['D06', 'D07'] },
  { item: 'ค่าตอบแทนการปฏิบัติงานนอกเวลาราชการ', purpose: 'จ่ายค่าตอบแทนเจ้าหน้าที่ที่ปฏิบัติงานเร่งด่วน' },
  { item: 'ค่าวัสดุจราจรและเครื่องหมายจราจร', purpose: 'ติดตั้งป้ายและเครื่องหมายจราจรที่ชำรุด', for: ['district', 'D12'] },
  { item: 'ค่าซ่อมแซมอาคารและสิ่งปลูกสร้าง', purpose: 'ซ่อมแซมหลังคาและระบบไฟฟ้าอาคารที่ชำรุด' },
];

export const CROSS_CATEGORY_TARGETS: readonly string[] = [
  'งบเงินอุดหนุน ค่าอาหารกลางวันนักเรียน',
  'งบเงินอุดหนุน ค่าอาหารเสริม (นม) นักเรียน',
  'งบรายจ่ายอื่น ค่าจ้างที่ปรึกษา',
];

export const PLANS: readonly string[] = [
  'แผนงานบริหารทั่วไป',
  'แผนงานรักษาความสะอาด',
  'แผนงานการระบายน้ำและบำบัดน้ำเสีย',
  'แผนงานบริการสาธารณสุข',
  'แผนงานพัฒนาการศึกษา',
];

export const DETAILS_ONLY_CHANGES: readonly { item: string; change: string; category: 'operating' | 'subsidy' | 'other' }[] = [
  { item: 'โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน', change: 'เปลี่ยนแปลงสถานที่และช่วงเวลาดำเนินการ', category: 'operating' },
  { item: 'ค่าจ้างเหมาบริการรักษาความสะอาด', change: 'เปลี่ยนแปลงขอบเขตพื้นที่ให้บริการ', category: 'operating' },
  { item: 'โครงการส่งเสริมสุขภาพผู้สูงอายุในชุมชน', change: 'เปลี่ยนแปลงกลุ่มเป้าหมายและจำนวนผู้เข้าร่วม', category: 'operating' },
  { item: 'ค่าอาหารเสริม (นม) นักเรียน', change: 'เปลี่ยนแปลงชนิดผลิตภัณฑ์จากนมพาสเจอร์ไรส์เป็นนมยูเอชที', category: 'subsidy' },
  { item: 'ค่าใช้จ่ายในการจัดงานประเพณีสงกรานต์', change: 'เปลี่ยนแปลงรายละเอียดกิจกรรม', category: 'other' },
];

export const NEW_PROJECTS: readonly string[] = [
  'โครงการจัดตั้งศูนย์ดูแลผู้สูงอายุในชุมชน',
  'โครงการติดตั้งระบบแจ้งเตือนน้ำท่วมล่วงหน้า',
  'โครงการพัฒนาพื้นที่สีเขียวขนาดเล็ก (Pocket Park)',
  'โครงการจัดการขยะอินทรีย์ต้นทาง',
];

export const STREETS: readonly string[] = [
  'ซอยลาดพร้าว 64',
  'ซอยสุขุมวิท 101/1',
  'ถนนพหลโยธิน',
  'ซอยรามคำแหง 24',
  'ถนนประชาราษฎร์บำเพ็ญ',
  'ซอยเพชรเกษม 63',
  'ถนนจรัญสนิทวงศ์',
  'ซอยอ่อนนุช 17',
  'ถนนเจริญกรุง',
  'ซอยประชาอุทิศ 90',
];

export const CANALS: readonly string[] = [
  'คลองแสนแสบ',
  'คลองลาดพร้าว',
  'คลองเปรมประชากร',
  'คลองบางกอกน้อย',
  'คลองภาษีเจริญ',
  'คลองสามเสน',
  'คลองประเวศบุรีรมย์',
];

export const COMMUNITIES: readonly string[] = ['ชุมชนริมคลองบางซื่อ', 'ชุมชนหลังวัดสะพาน', 'ชุมชนบ้านครัว', 'ชุมชนร่วมใจพัฒนา', 'ชุมชนเคหะคลองจั่น'];
