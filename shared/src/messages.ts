// Error and validation messages in Thai and English, keyed by error code.
import type { ErrorCode, ShortLine } from './errors';
import { formatMoney } from './format/money';
import type { Bilingual } from './levels';
import { CONTENT_RULES } from './schemas/request-content';
import type { PHONE_EXTENSION_RULE } from './schemas/contact';
import type { TEXT_RULE } from './schemas/text';
import type { AnswerRule } from './surveys/answers';
import type { QuestionnaireRule } from './surveys/questionnaire';

export type Lang = 'th' | 'en';
export const LANGS: readonly Lang[] = ['th', 'en'];

/**
 * The cookie keeping the language a person chose in the app (web/src/lib/language.ts writes it): the server reads it to
 * render their first page in that language. Not a secret and not a session: readable by the page, a year long.
 */
export const LANG_COOKIE = 'bmrts_lang';

/** The chosen language from a cookie's value: English only when English was chosen. */
export function langFromCookie(value: string | undefined | null): Lang {
  return value === 'en' ? 'en' : 'th';
}

/** Picks the language from an Accept-Language header: Thai unless English is preferred. */
export function langFromAcceptLanguage(header: string | undefined | null): Lang {
  if (!header) return 'th';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'th';
}

export const ERROR_MESSAGES: Record<ErrorCode, Bilingual> = {
  validation_failed: { th: 'ข้อมูลไม่ถูกต้อง', en: 'The data is not valid' },
  unauthenticated: { th: 'กรุณาเข้าสู่ระบบ', en: 'Please sign in' },
  invalid_credentials: { th: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', en: 'Wrong username or password' },
  forbidden: { th: 'คุณไม่มีสิทธิ์ดำเนินการนี้', en: 'You are not allowed to do this' },
  not_found: { th: 'ไม่พบข้อมูลที่ต้องการ', en: 'Not found' },
  version_conflict: {
    th: 'คำขอนี้ถูกดำเนินการไปแล้วโดยผู้อื่น กรุณาโหลดข้อมูลใหม่',
    en: 'Someone else acted on this request first; please reload it',
  },
  already_submitted: { th: 'คำขอนี้ส่งแล้ว แก้ไขไม่ได้', en: 'This request has been submitted and cannot be edited' },
  immutable_field: {
    th: 'ประเภทคำขอและปีงบประมาณแก้ไขไม่ได้หลังจากสร้างคำขอแล้ว',
    en: 'The request type and fiscal year cannot change once the request exists',
  },
  reauth_required: {
    th: 'การพิจารณาระดับนี้ต้องยืนยันรหัสผ่านอีกครั้ง',
    en: 'Decisions at this level need your password again',
  },
  sign_in_throttled: {
    th: 'เข้าสู่ระบบไม่สำเร็จหลายครั้ง กรุณารอสักครู่แล้วลองใหม่',
    en: 'Too many failed sign-ins; please wait a moment and try again',
  },
  sign_in_locked: {
    th: 'เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป ชื่อผู้ใช้นี้ถูกระงับชั่วคราว กรุณาลองใหม่ภายหลัง',
    en: 'Too many failed sign-ins; this username is locked for a while, please try again later',
  },
  sign_in_address_limited: {
    th: 'เข้าสู่ระบบไม่สำเร็จจากเครื่องนี้หลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่',
    en: 'Too many failed sign-ins from this computer; please wait a while and try again',
  },
  sign_in_busy: {
    th: 'ขณะนี้มีผู้เข้าสู่ระบบพร้อมกันจำนวนมาก กรุณาลองใหม่ในอีกไม่กี่วินาที',
    en: 'Many people are signing in right now; please try again in a few seconds',
  },
  budget_insufficient: {
    th: 'ยอดคงเหลือของรายการงบประมาณไม่พอสำหรับคำขอนี้',
    en: 'A budget line does not have enough left for this request',
  },
  budget_line_unusable: {
    th: 'รายการงบประมาณที่เลือกใช้กับคำขอนี้ไม่ได้',
    en: 'The chosen budget line cannot be used for this request',
  },
  already_decided_by_you: {
    th: 'คุณได้พิจารณาคำขอนี้ในระดับอื่นไปแล้ว ไม่สามารถพิจารณาซ้ำได้',
    en: 'You have already decided this request at another level and cannot decide it again',
  },
  own_unit_request: {
    th: 'ไม่สามารถพิจารณาคำขอของหน่วยงานของตนเองได้',
    en: 'You cannot decide a request of your own unit',
  },
  delivery_not_failed: { th: 'ส่งใหม่ได้เฉพาะรายการที่ส่งไม่สำเร็จแล้ว', en: 'Only a delivery that has failed can be retried' },
  username_taken: { th: 'ชื่อผู้ใช้นี้มีอยู่แล้ว', en: 'This username is already taken' },
  already_exists: { th: 'ข้อมูลนี้มีอยู่แล้ว', en: 'This already exists' },
  invalid_reference: {
    th: 'ข้อมูลที่อ้างถึงไม่มีอยู่หรือใช้ไม่ได้ (เช่น หน่วยงาน ฝ่าย หรือผู้ใช้)',
    en: 'Something it refers to does not exist or cannot be used (a unit, section or user)',
  },
  invalid_assignment: {
    th: 'ระดับของผู้ใช้ไม่สอดคล้องกับข้อมูลที่ระบุ: ระดับ 1 ต้องมีหน่วยงาน ระดับ 2–3 ต้องมีฝ่าย ระดับ 4 ต้องมีกอง ความรับผิดชอบหน่วยงานกำหนดได้เฉพาะเจ้าหน้าที่วิเคราะห์ (ระดับ 2) และหน่วยงานในกำกับเฉพาะระดับ 5–8 ผู้ที่ไม่มีระดับต้องเป็นผู้ดูแลระบบ',
    en: 'The user’s level does not fit what was given: level 1 needs a unit, 2–3 a section, 4 a division; portfolios are for analysts (level 2) and assigned units for levels 5–8; only administrators may have no level',
  },
  cannot_deactivate_self: { th: 'ผู้ดูแลระบบไม่สามารถระงับบัญชีของตนเองได้', en: 'An administrator cannot deactivate their own account' },
  invalid_appointment: {
    th: 'การแต่งตั้งรักษาราชการแทนไม่ถูกต้อง',
    en: 'This acting appointment is not valid',
  },
  holders_may_not_appoint: {
    th: 'ระบบนี้ไม่อนุญาตให้ผู้ดำรงตำแหน่งแต่งตั้งผู้รักษาราชการแทนตนเอง กรุณาให้ผู้บังคับบัญชาหรือผู้ดูแลระบบเป็นผู้แต่งตั้งตามคำสั่ง',
    en: 'Here a holder may not appoint someone to act for themselves; ask a superior or an administrator to record the order',
  },
  appointer_not_above: {
    th: 'ผู้แต่งตั้งต้องเป็นผู้ดูแลระบบ หรือผู้บังคับบัญชาที่อยู่เหนือผู้ดำรงตำแหน่งในสายงานเดียวกัน',
    en: 'Only an administrator or a superior of the holder in the same line of the organisation may make this appointment',
  },
  acted_for_not_reviewer: {
    th: 'แต่งตั้งรักษาราชการแทนได้เฉพาะผู้ดำรงตำแหน่งผู้พิจารณา (ระดับ 2–8)',
    en: 'Someone can only act for a holder of a review position (levels 2–8)',
  },
  acting_for_self: { th: 'แต่งตั้งให้รักษาราชการแทนตนเองไม่ได้', en: 'A person cannot act for themselves' },
  acting_not_reviewer: {
    th: 'ผู้ที่จะรักษาราชการแทนต้องดำรงตำแหน่งผู้พิจารณา (ระดับ 2 ขึ้นไป) เจ้าหน้าที่หน่วยรับงบประมาณและผู้ดูแลระบบรักษาราชการแทนในระดับการพิจารณาไม่ได้',
    en: 'The acting person must hold a review position (level 2 or above); budget-unit staff and administrators never act at a review level',
  },
  acting_level_out_of_reach: {
    th: 'ผู้ที่จะรักษาราชการแทนต้องดำรงตำแหน่งระดับเดียวกับตำแหน่งที่แทน หรือต่ำกว่าหนึ่งระดับ',
    en: 'The acting person must hold the level acted at or the level directly below it',
  },
  acting_outside_line: {
    th: 'ผู้ที่จะรักษาราชการแทนต้องอยู่ในสายงานเดียวกับผู้ดำรงตำแหน่ง (ฝ่ายเดียวกันสำหรับระดับ 2–3 กองเดียวกันสำหรับระดับ 4)',
    en: 'The acting person must be in the holder’s line of the organisation (the same section for levels 2–3, the same division for level 4)',
  },
  cross_site_request: {
    th: 'ปฏิเสธคำสั่งที่ส่งมาจากเว็บไซต์อื่น',
    en: 'A request sent from another site was refused',
  },
  body_too_large: {
    th: 'ข้อมูลที่ส่งมีขนาดเกิน 1 MB ซึ่งมากกว่าแบบฟอร์มใดของระบบ จึงไม่รับ',
    en: 'The data sent is larger than 1 MB, more than any form of this system takes, so it was refused',
  },
  attachment_too_large: {
    th: 'ไฟล์แนบมีขนาดเกิน 10 MB กรุณาลดขนาดไฟล์หรือแบ่งเป็นหลายไฟล์',
    en: 'The attachment is larger than 10 MB; please make it smaller or split it',
  },
  attachment_empty: {
    th: 'ไฟล์นี้ว่างเปล่า (ขนาด 0 ไบต์) กรุณาเลือกไฟล์เอกสารที่มีเนื้อหา',
    en: 'This file is empty (0 bytes); please choose the document file itself',
  },
  attachment_type_not_allowed: {
    th: 'แนบได้เฉพาะไฟล์ PDF รูปภาพ (PNG, JPEG, WebP) และตารางคำนวณ (XLSX, ODS, XLS, CSV)',
    en: 'Only PDF, images (PNG, JPEG, WebP) and spreadsheets (XLSX, ODS, XLS, CSV) can be attached',
  },
  attachment_name_not_allowed: {
    th: 'ไม่รับไฟล์ที่ตั้งชื่อเป็นโปรแกรมหรือสคริปต์ (เช่น .exe .bat .js .hta .html .svg) ไม่ว่าเนื้อไฟล์จะเป็นอะไร กรุณาตั้งชื่อไฟล์ให้ตรงกับชนิดเอกสาร เช่น .pdf .png .xlsx',
    en: 'Files named as programs or scripts (such as .exe, .bat, .js, .hta, .html, .svg) are not accepted, whatever they contain; name the file for the document it is, such as .pdf, .png or .xlsx',
  },
  attachment_not_a_spreadsheet: {
    th: 'ไฟล์นี้ตั้งชื่อเป็นตารางคำนวณ (XLSX, ODS) แต่ภายในไม่มีสมุดงาน (workbook) จึงไม่ใช่ตารางคำนวณจริง กรุณาบันทึกไฟล์จากโปรแกรมตารางคำนวณอีกครั้ง',
    en: 'This file is named as a spreadsheet (XLSX, ODS) but holds no workbook, so it is not one; please save it again from the spreadsheet program',
  },
  attachment_has_macros: {
    th: 'ไม่รับตารางคำนวณที่มีแมโคร กรุณาบันทึกเป็นไฟล์ XLSX แบบไม่มีแมโคร',
    en: 'Spreadsheets with macros are not accepted; please save it as an XLSX workbook without macros',
  },
  survey_not_open: {
    th: 'แบบสำรวจนี้ยังไม่เปิดรับคำตอบ กรุณาตอบเมื่อถึงวันเปิดแบบสำรวจ',
    en: 'This survey is not open yet; please answer once it opens',
  },
  survey_closed: {
    th: 'แบบสำรวจนี้ปิดรับคำตอบแล้ว ไม่สามารถตอบหรือแก้ไขคำตอบได้',
    en: 'This survey is closed; answers can no longer be given or changed',
  },
  survey_frozen: {
    th: 'แบบสำรวจเปิดรับคำตอบแล้ว แก้ไขคำถาม ผู้ได้รับเชิญ เป้าหมาย วันเปิด หรือการไม่ระบุตัวตนไม่ได้ (แก้ได้เฉพาะชื่อและวันปิด และเมื่อปิดแล้วแก้ได้เฉพาะชื่อ)',
    en: 'This survey has opened: its questions, invitation, target, opening time and anonymity can no longer change (only the title and the closing time; once closed, only the title)',
  },
  survey_has_responses: {
    th: 'แบบสำรวจนี้มีผู้ตอบแล้ว จึงลบไม่ได้',
    en: 'This survey has answers and cannot be deleted',
  },
  shutting_down: {
    th: 'เซิร์ฟเวอร์กำลังปิดเพื่อเริ่มใหม่ กรุณาลองอีกครั้งในไม่ช้า',
    en: 'The server is restarting; please try again shortly',
  },
  import_file_type: {
    th: 'นำเข้าได้เฉพาะไฟล์ CSV (UTF-8) หรือ XLSX ที่มีแถวหัวตาราง',
    en: 'Only a CSV (UTF-8) or XLSX file with a header row can be imported',
  },
  import_csv_unreadable: {
    th: 'อ่านไฟล์ CSV ไม่ได้ เพราะมีเครื่องหมายคำพูด (") ที่เปิดแล้วไม่ได้ปิดหรือวางผิดที่ กรุณาเปิดไฟล์ใน Excel แล้วบันทึกใหม่เป็น CSV UTF-8',
    en: 'The CSV file cannot be read: a quotation mark (") is opened and never closed, or is out of place. Open it in Excel and save it again as CSV UTF-8',
  },
  import_too_large: { th: 'ไฟล์นำเข้ามีขนาดเกิน 5 MB', en: 'The import file is larger than 5 MB' },
  import_unpacks_too_large: {
    th: 'ไฟล์ XLSX นี้เมื่อคลายการบีบอัดแล้วมีขนาดเกิน 64 MB ซึ่งมากเกินกว่าตารางคำขอจริง จึงไม่นำเข้า',
    en: 'This XLSX unpacks to more than 64 MB, far more than a real sheet of requests, so it is not imported',
  },
  import_too_many_rows: { th: 'ไฟล์นำเข้ามีเกิน 5,000 แถว กรุณาแบ่งเป็นหลายไฟล์', en: 'The import file has more than 5,000 rows; please split it' },
  import_mapping_incomplete: {
    th: 'กรุณาจับคู่คอลัมน์ที่จำเป็นให้ครบ (หน่วยงาน ประเภทคำขอ เรื่อง จำนวนเงิน สถานะ) และใช้ชื่อคอลัมน์ที่มีในไฟล์',
    en: 'Map every required column (unit, type, title, amount, status) to a column the file has',
  },
  import_nothing_accepted: { th: 'ไม่มีแถวที่นำเข้าได้ ไม่มีการเปลี่ยนแปลงข้อมูล', en: 'No row can be imported; nothing changed' },
  internal_error: { th: 'ระบบขัดข้อง กรุณาลองใหม่อีกครั้ง', en: 'Something went wrong; please try again' },
  request_closed: { th: 'คำขอนี้มีผลสิ้นสุดแล้ว ไม่สามารถดำเนินการต่อได้', en: 'This request is closed; nothing more can be done with it' },
  not_allowed_in_status: { th: 'ดำเนินการนี้ไม่ได้ในสถานะปัจจุบันของคำขอ', en: 'This action is not possible in the request’s current status' },
  comment_required: { th: 'กรุณาระบุเหตุผลหรือความเห็น', en: 'Please give a comment saying why' },
  cannot_send_back_from_first_review: {
    th: 'คำขออยู่ที่ระดับเจ้าหน้าที่วิเคราะห์แล้ว ให้ใช้ "ส่งคืนหน่วยงาน" แทน',
    en: 'The request is at the analyst level already; return it to the unit instead',
  },
};

/** Cross-field checks of list filters, bulk decisions and notification marking. */
type ListRule = 'created_range_reversed' | 'duplicate_items' | 'ids_or_all' | 'duplicate_rule_id' | 'budget_levels_unique';

/** Checks of a survey round's dates and invitation, and of the closing time an open round may move to. */
type SurveyRoundRule = 'survey_invitation_empty' | 'survey_closes_before_opens' | 'survey_closes_in_past';

/** Checks of level targets and holidays an administrator edits. */
type TimelinessRule = 'target_days_range' | 'substitutes_needs_substitution';

/** Messages of the cross-field checks in the request schemas. */
export const RULE_MESSAGES: Record<
  | typeof TEXT_RULE
  | (typeof CONTENT_RULES)[keyof typeof CONTENT_RULES]
  | 'appointment_for_one'
  | 'appointment_ends_before_start'
  | 'appointment_order_after_end'
  | 'webhook_url_scheme'
  | 'duplicate_event_types'
  | ListRule
  | SurveyRoundRule
  | QuestionnaireRule
  | AnswerRule
  | TimelinessRule
  | typeof PHONE_EXTENSION_RULE,
  Bilingual
> = {
  text_unreadable: {
    th: 'ข้อความมีอักขระควบคุมที่มองไม่เห็นหรืออักขระที่เสีย (มักติดมาจากการคัดลอกข้อความ) กรุณาลบส่วนนั้นแล้วพิมพ์ใหม่',
    en: 'The text holds invisible control characters or broken characters (often left by copying and pasting); please delete that part and type it again',
  },
  target_days_range: {
    th: 'เป้าหมายต้องเป็นจำนวนวันทำการเต็มวัน ตั้งแต่ 1 ถึง 60 วัน',
    en: 'A target must be a whole number of working days from 1 to 60',
  },
  substitutes_needs_substitution: {
    th: 'ระบุวันหยุดที่ชดเชยได้เฉพาะวันหยุดชดเชยเท่านั้น',
    en: 'Only a substitution day can name the holiday it stands in for',
  },
  amount_required: { th: 'กรุณาระบุจำนวนเงินมากกว่าศูนย์', en: 'Enter an amount greater than zero' },
  budget_levels_unique: { th: 'เลือกแต่ละระดับได้ครั้งเดียว', en: 'Choose each level once' },
  transfer_unbalanced: {
    th: 'ยอดรวมของรายการโอนต้องเท่ากับจำนวนเงินที่ขอ',
    en: 'The transfer lines must add up to the amount requested',
  },
  transfer_needs_lines: { th: 'กรุณาระบุรายการโอนอย่างน้อยหนึ่งรายการ', en: 'Add at least one transfer line' },
  letter_date_future: { th: 'วันที่ของหนังสือต้องไม่หลังวันนี้', en: 'The letter cannot be dated after today' },
  appointment_for_one: {
    th: 'ระบุผู้ที่รักษาราชการแทน หรือระดับที่รักษาราชการแทน อย่างใดอย่างหนึ่ง',
    en: 'Name either the person acted for or the level acted at, not both',
  },
  appointment_ends_before_start: { th: 'วันสิ้นสุดต้องหลังวันเริ่มต้น', en: 'The end must come after the start' },
  appointment_order_after_end: {
    th: 'วันที่ของคำสั่งต้องไม่หลังวันสิ้นสุดการรักษาราชการแทน',
    en: 'The order cannot be dated after the appointment ends',
  },
  webhook_url_scheme: {
    th: 'ที่อยู่ต้องขึ้นต้นด้วย http:// หรือ https:// และไม่มีชื่อผู้ใช้หรือรหัสผ่าน',
    en: 'The address must start with http:// or https:// and carry no user name or password',
  },
  duplicate_event_types: { th: 'เลือกเหตุการณ์ซ้ำกัน', en: 'An event type is chosen twice' },
  created_range_reversed: { th: 'วันเริ่มต้นต้องไม่หลังวันสิ้นสุด', en: 'The start date must not be after the end date' },
  duplicate_items: { th: 'มีคำขอซ้ำกันในรายการ', en: 'The same request is listed twice' },
  duplicate_rule_id: { th: 'รหัสเกณฑ์ซ้ำกับเกณฑ์อื่น กรุณาตั้งรหัสใหม่', en: 'Another rule has the same id; give this one a new id' },
  ids_or_all: { th: 'ระบุรายการที่จะทำเครื่องหมาย หรือเลือกทั้งหมด', en: 'Give the ids to mark, or all' },
  survey_invitation_empty: {
    th: 'กรุณาเลือกผู้ได้รับเชิญ: ผู้ใช้ทุกคน หรือระดับ/หน่วยงานอย่างน้อยหนึ่งรายการ',
    en: 'Choose who is invited: all users, or at least one level or unit',
  },
  survey_closes_before_opens: { th: 'วันปิดแบบสำรวจต้องหลังวันเปิด', en: 'The survey must close after it opens' },
  survey_closes_in_past: { th: 'วันปิดแบบสำรวจต้องไม่อยู่ในอดีต', en: 'The closing time cannot be in the past' },
  survey_one_overall: {
    th: 'แบบสำรวจต้องมีคำถามความพึงพอใจโดยรวมหนึ่งข้อพอดี',
    en: 'The questionnaire needs exactly one overall-satisfaction question',
  },
  survey_overall_on_scale: {
    th: 'คำถามความพึงพอใจโดยรวมต้องตอบด้วยระดับความพึงพอใจ 5 ระดับ',
    en: 'The overall question must be answered on the five-level scale',
  },
  survey_question_ids_unique: { th: 'รหัสคำถามซ้ำกัน', en: 'Two questions have the same id' },
  survey_answer_required: { th: 'กรุณาตอบคำถามที่ให้เลือกระดับความพึงพอใจทุกข้อ', en: 'Please answer every satisfaction question' },
  survey_answer_unknown_question: { th: 'ไม่มีคำถามนี้ในแบบสำรวจ', en: 'This question is not in the survey' },
  survey_answer_duplicate: { th: 'ตอบคำถามเดียวกันซ้ำ', en: 'The same question is answered twice' },
  survey_answer_needs_level: { th: 'กรุณาเลือกระดับความพึงพอใจ 1 ถึง 5', en: 'Choose a level of satisfaction from 1 to 5' },
  phone_extension_format: {
    th: 'เบอร์ภายในใส่ได้เฉพาะตัวเลข คั่นด้วยเว้นวรรค ขีด จุลภาค หรือทับ ไม่เกิน 20 ตัวอักษร เช่น 1234 หรือ 1234, 1235',
    en: 'An extension takes digits only, separated by spaces, hyphens, commas or slashes, at most 20 characters, e.g. 1234 or 1234, 1235',
  },
  survey_answer_needs_text: { th: 'คำถามนี้ตอบเป็นข้อความ ไม่เกิน 2,000 ตัวอักษร', en: 'This question takes text, at most 2,000 characters' },
};

export function errorMessage(code: ErrorCode, lang: Lang): string {
  return ERROR_MESSAGES[code][lang];
}

const NAMING_THE_FILE: Record<Lang, (fileName: string, message: string) => string> = {
  th: (fileName, message) => `ไฟล์ ${fileName}: ${message}`,
  en: (fileName, message) => `File ${fileName}: ${message}`,
};

/** A refusal of one of several files sent together, saying which one: "ไฟล์ setup.exe: ไม่รับไฟล์ที่ตั้งชื่อเป็นโปรแกรม…". */
export function fileRefusalMessage(code: ErrorCode, fileName: string, lang: Lang): string {
  return NAMING_THE_FILE[lang](fileName, errorMessage(code, lang));
}

const SHORT_LINE: Record<Lang, (line: ShortLine) => string> = {
  th: (l) =>
    `ยอดคงเหลือของรายการ ${l.code} ${l.item} ไม่พอ: คงเหลือ ${formatMoney(l.remainingSatang, 'th')} ขอ ${formatMoney(l.requestedSatang, 'th')}`,
  en: (l) =>
    `Not enough left on line ${l.code} ${l.item}: ${formatMoney(l.remainingSatang, 'en')} left, ${formatMoney(l.requestedSatang, 'en')} asked`,
};

/** "ยอดคงเหลือของรายการ 5101-01 ค่าตอบแทน ไม่พอ: คงเหลือ 1,000.00 บาท ขอ 2,000.00 บาท", one sentence per short line. */
export function budgetShortMessage(lines: readonly ShortLine[], lang: Lang): string {
  return lines.map(SHORT_LINE[lang]).join(lang === 'th' ? ' และ' : '; ');
}
