// The words a message uses for each field people fill in, keyed by the field's name in the API's schemas. One list for
// the server's 400 answers and the web's forms, so a field is called the same everywhere.
import type { Bilingual } from '../levels';

export interface FieldLabel extends Bilingual {
  /** Counted in satang: limits are said in baht. */
  money?: true;
  /** Chosen from a list rather than typed: a wrong or missing value asks to choose. */
  choice?: true;
  /** What a well-formed value looks like, for a pattern the value did not match. */
  example?: string;
}

const text = (th: string, en: string, example?: string): FieldLabel => (example ? { th, en, example } : { th, en });
const choice = (th: string, en: string): FieldLabel => ({ th, en, choice: true });
const money = (th: string, en: string): FieldLabel => ({ th, en, money: true });

/** Labels of a field by its own name; the English is lower case, to sit inside a sentence. */
export const FIELD_LABELS: Record<string, FieldLabel> = {
  // A request's content
  type: choice('ประเภท', 'type'),
  fiscalYear: text('ปีงบประมาณ', 'fiscal year', '2570'),
  title: text('ชื่อเรื่อง', 'title'),
  justification: text('เหตุผลความจำเป็น', 'justification'),
  amountSatang: money('จำนวนเงิน', 'amount'),
  letterNo: text('เลขที่หนังสือ', 'letter number', 'กท 5101/1201'),
  letterDate: text('วันที่ของหนังสือ', 'letter date', '2026-12-01'),
  category: choice('งบรายจ่าย', 'budget category'),
  details: text('รายละเอียดคำขอ', 'request details'),
  multiYear: choice('ผูกพันข้ามปีงบประมาณ', 'multi-year commitment'),
  outsidePlan: choice('นอกแผนงาน', 'outside the plan'),
  maxEquipmentUnitPriceSatang: money('ราคาครุภัณฑ์ต่อหน่วยสูงสุด', 'highest equipment unit price'),
  maxConstructionSatang: money('วงเงินสิ่งก่อสร้างสูงสุด', 'largest construction cost'),
  lines: text('รายการโอน', 'transfer lines'),
  fromItem: text('รายการที่โอนออก', 'item transferred from'),
  toItem: text('รายการที่โอนเข้า', 'item transferred to'),
  detailsOnly: choice('เปลี่ยนแปลงรายละเอียดเท่านั้น', 'details-only change'),
  crossCategory: choice('โอนข้ามงบรายจ่าย', 'transfer across categories'),
  crossPlan: choice('โอนข้ามแผนงาน', 'transfer across plans'),
  createsNewItem: choice('เกิดรายการใหม่', 'creates a new item'),
  changesInvestmentNature: choice('เปลี่ยนลักษณะงบลงทุน', 'changes the nature of an investment'),
  betweenUnits: choice('โอนระหว่างหน่วยงาน', 'transfer between units'),
  newPlanOrProject: choice('แผนงานหรือโครงการใหม่', 'new plan or project'),
  'details.item': choice('รายการงบกลาง', 'central-fund item'),
  lineId: choice('รายการงบประมาณที่ขอเงินประจำงวด', 'budget line the allotment draws on'),
  fromLineId: choice('รายการงบประมาณที่โอนออก', 'budget line transferred from'),
  toLineId: choice('รายการงบประมาณที่โอนเข้า', 'budget line transferred to'),
  fundLineId: choice('รายการงบกลางที่จ่าย', 'central-fund line paid from'),
  enforceAtLevels: choice('ระดับที่ตรวจยอดคงเหลือก่อนอนุมัติ', 'levels that check the balance before approving'),
  reserveOnSubmit: choice('กันเงินเมื่อส่งคำขอ', 'reserve the amount on submission'),
  receivingLineId: choice('รายการงบประมาณที่รับเงิน', 'budget line receiving the money'),
  content: text('เนื้อหาคำขอ', 'request content'),
  version: text('ฉบับของคำขอ', 'request version'),
  // Decisions
  comment: text('ความเห็น', 'comment'),
  items: choice('คำขอที่เลือก', 'chosen requests'),
  id: choice('รายการ', 'item'),
  // Lists, filters and exports
  status: choice('สถานะ', 'status'),
  level: choice('ระดับ', 'level'),
  unit: text('หน่วยงาน', 'unit', 'K01'),
  q: text('คำค้น', 'search words'),
  createdFrom: text('วันที่เริ่มต้น', 'start date'),
  createdTo: text('วันที่สิ้นสุด', 'end date'),
  overdue: choice('เกินเป้าหมาย', 'overdue'),
  firstPass: choice('ผ่านครั้งแรก', 'first pass'),
  submittedMonth: text('เดือนที่ส่ง', 'month submitted', '2026-10'),
  submittedFiscalYear: text('ปีงบประมาณที่ส่ง', 'fiscal year submitted', '2570'),
  decidedFiscalYear: text('ปีงบประมาณที่พิจารณาเสร็จ', 'fiscal year decided', '2570'),
  cursor: text('ตำแหน่งหน้าของรายการ', 'page position'),
  limit: text('จำนวนรายการต่อหน้า', 'items per page'),
  format: choice('รูปแบบไฟล์', 'file format'),
  table: choice('ตาราง', 'table'),
  waiting: choice('ช่วงเวลารอ', 'waiting time band'),
  year: text('ปีพุทธศักราช', 'Buddhist Era year', '2570'),
  // Signing in and people
  username: text('ชื่อผู้ใช้', 'username', 'somchai.j'),
  password: text('รหัสผ่าน', 'password'),
  displayName: text('ชื่อที่แสดง', 'display name'),
  isAdmin: choice('ผู้ดูแลระบบ', 'administrator'),
  unitCode: text('หน่วยงาน', 'unit', 'K01'),
  unitCodes: choice('หน่วยงาน', 'units'),
  sectionId: choice('ฝ่าย', 'section'),
  divisionId: choice('กอง', 'division'),
  executiveScope: choice('หน่วยงานในกำกับ', 'assigned units'),
  active: choice('สถานะการใช้งาน', 'active state'),
  // Units and holidays
  code: text('รหัสหน่วยงาน', 'unit code', 'K01'),
  kind: choice('ชนิด', 'kind'),
  reach: choice('ขอบเขตรายการงบประมาณ', 'which budget lines'),
  nameTh: text('ชื่อภาษาไทย', 'Thai name'),
  nameEn: text('ชื่อภาษาอังกฤษ', 'English name'),
  groupTh: text('กลุ่มภาษาไทย', 'Thai group name'),
  groupEn: text('กลุ่มภาษาอังกฤษ', 'English group name'),
  date: text('วันที่', 'date'),
  substitutes: text('วันหยุดที่ชดเชย', 'holiday substituted'),
  // Acting appointments
  actingUserId: choice('ผู้รักษาราชการแทน', 'acting person'),
  forUserId: choice('ผู้ที่ถูกแทน', 'person acted for'),
  forLevel: choice('ระดับที่รักษาราชการแทน', 'level acted at'),
  startsAt: text('วันเริ่มต้น', 'start date'),
  endsAt: text('วันสิ้นสุด', 'end date'),
  orderNo: text('เลขที่คำสั่ง', 'order number', 'กทม. 123/2569'),
  orderDate: text('วันที่ของคำสั่ง', 'order date'),
  reason: text('เหตุผล', 'reason'),
  // Routing rules
  rules: text('เกณฑ์การพิจารณา', 'routing rules'),
  when: text('เงื่อนไขของเกณฑ์', 'rule conditions'),
  of: text('เงื่อนไขย่อย', 'inner conditions'),
  fact: choice('ข้อเท็จจริงที่ใช้เป็นเงื่อนไข', 'fact of the condition'),
  satang: money('วงเงินของเงื่อนไข', 'amount of the condition'),
  values: choice('ค่าที่เลือกของเงื่อนไข', 'values of the condition'),
  finalLevel: choice('ระดับที่มีอำนาจอนุมัติ', 'deciding level'),
  council: choice('การเสนอสภากรุงเทพมหานคร', 'Council step'),
  th: text('ข้อความภาษาไทย', 'Thai text'),
  en: text('ข้อความภาษาอังกฤษ', 'English text'),
  // Surveys
  opensAt: text('วันเปิดแบบสำรวจ', 'opening time'),
  closesAt: text('วันปิดแบบสำรวจ', 'closing time'),
  anonymous: choice('การไม่ระบุตัวตน', 'anonymity'),
  targetPercent: text('เป้าหมายร้อยละ', 'target percentage'),
  minimumRespondents: text('จำนวนผู้ตอบขั้นต่ำ', 'minimum number of respondents', '30'),
  invitation: choice('ผู้ได้รับเชิญ', 'invitation'),
  allUsers: choice('ผู้ใช้ทุกคน', 'all users'),
  levels: choice('ระดับที่เชิญ', 'levels invited'),
  questions: text('คำถาม', 'questions'),
  'questions.id': text('รหัสคำถาม', 'question id', 'q1'),
  text: text('ข้อความคำถาม', 'question text'),
  isOverall: choice('คำถามความพึงพอใจโดยรวม', 'overall question'),
  answers: text('คำตอบ', 'answers'),
  questionId: choice('คำถาม', 'question'),
  'answers.value': text('คำตอบ', 'answer'),
  roundId: choice('รอบแบบสำรวจ', 'survey round'),
  rounds: choice('รอบแบบสำรวจที่เปรียบเทียบ', 'rounds compared'),
  what: choice('ข้อมูลที่ส่งออก', 'what to export'),
  // Notifications, email and webhooks
  all: choice('ทั้งหมด', 'all'),
  ids: choice('การแจ้งเตือนที่เลือก', 'chosen notifications'),
  email: text('อีเมล', 'email address', 'name@bangkok.go.th'),
  language: choice('ภาษาของอีเมล', 'email language'),
  emailKinds: choice('ชนิดการแจ้งเตือนทางอีเมล', 'email notification kinds'),
  arrived: choice('คำขอมาถึง', 'request arrived'),
  decided: choice('คำขอได้รับการพิจารณา', 'request decided'),
  returned: choice('คำขอถูกส่งคืน', 'request returned'),
  moved: choice('คำขอเลื่อนระดับ', 'request moved'),
  withdrawn: choice('คำขอถูกถอน', 'request withdrawn'),
  reminder: choice('การเตือน', 'reminder'),
  late: choice('คำขอล่าช้า', 'late request'),
  escalation: choice('การแจ้งผู้บังคับบัญชา', 'escalation'),
  url: text('ที่อยู่ปลายทาง', 'address', 'https://example.go.th/hook'),
  description: text('คำอธิบาย', 'description'),
  eventTypes: choice('เหตุการณ์', 'events'),
  channel: choice('ช่องทาง', 'channel'),
  endpointId: choice('ปลายทาง', 'endpoint'),
  attachmentId: choice('ไฟล์แนบ', 'attachment'),
  entityId: text('รหัสรายการ', 'item id'),
  entityType: choice('ชนิดรายการ', 'kind of item'),
  // A person's contact details
  phoneExtension: text('หมายเลขโทรศัพท์ภายใน', 'phone extension', '1234'),
  // "Approve and go to the next": the request just decided and when it had reached the caller's level
  after: choice('คำขอที่เพิ่งพิจารณา', 'request just decided'),
  enteredAt: text('วันเวลาที่คำขอเข้าระดับ', 'time the request reached the level'),
  // Level targets and imports
  default: text('เป้าหมายของแต่ละระดับ', 'targets of each level'),
  byType: text('เป้าหมายตามประเภทคำขอ', 'targets by request type'),
  file: text('ไฟล์', 'file'),
  // A draft created with its documents (POST /api/requests/with-attachments)
  request: text('ข้อมูลคำขอ', 'request data'),
  files: text('ไฟล์แนบ', 'attached files'),
  // The sheet's column names an import maps each field to
  trackingNo: text('คอลัมน์เลขที่คำขอ', 'tracking-number column'),
  amount: text('คอลัมน์จำนวนเงิน', 'amount column'),
  createdAt: text('คอลัมน์วันที่สร้าง', 'created-on column'),
  submittedAt: text('คอลัมน์วันที่ส่ง', 'submitted-on column'),
  levelEnteredAt: text('คอลัมน์วันที่เข้าระดับปัจจุบัน', 'reached-level-on column'),
  decidedAt: text('คอลัมน์วันที่พิจารณาเสร็จ', 'decided-on column'),
  mapping: text('การจับคู่คอลัมน์', 'column mapping'),
};

/** A field this list does not know: still words, never the field's code name. */
export const UNKNOWN_FIELD: FieldLabel = { th: 'ข้อมูลช่องนี้', en: 'value of this field' };

/**
 * The label of the field an issue's path points at: the nearest named segment from the end (a list index or a code
 * value used as a key, such as a request type in level targets, is passed over), the two nearest named segments
 * first so `details.item` can differ from an item elsewhere.
 */
export function fieldLabelOf(path: readonly PropertyKey[]): FieldLabel | undefined {
  const names = path.filter((p): p is string => typeof p === 'string');
  for (let i = names.length - 1; i >= 0; i -= 1) {
    const pair = i > 0 ? FIELD_LABELS[`${names[i - 1]}.${names[i]}`] : undefined;
    const own = Object.hasOwn(FIELD_LABELS, names[i] ?? '') ? FIELD_LABELS[names[i] ?? ''] : undefined;
    if (pair ?? own) return pair ?? own;
  }
  return undefined;
}
