// The email of one notification, in Thai or English: subject with the tracking number, plain text and simple HTML.
// It carries a link to the request page (which asks for sign-in first) and nothing that could decide anything.
import {
  COUNCIL_TITLE,
  LEVEL_TITLES,
  REQUEST_TYPE_NAMES,
  formatMoney,
  formatThaiDateTime,
  isLevel,
  type Bilingual,
  type Lang,
  type NotificationKind,
  type RequestType,
} from '@bmrts/shared';

export interface EmailFacts {
  kind: NotificationKind;
  toStatus: string;
  fromLevel: number;
  toLevel: number;
  at: string;
  recipientName: string;
  /** Who made the decision and why (its comment, shortened), when the notice tells of a decision. */
  by?: { displayName: string; onBehalfOf: string | null } | null;
  reason?: string | null;
  request: { id: string; trackingNo: string; title: string; type: string; amountSatang: number; unitName: Bilingual };
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const HEADLINES: Record<Exclude<NotificationKind, 'decided'>, Bilingual> = {
  arrived: { th: 'มีคำขอรอการพิจารณาของท่าน', en: 'A request awaits your decision' },
  moved: { th: 'คำขอของหน่วยงานส่งต่อไปอีกระดับแล้ว', en: 'Your unit’s request has moved on' },
  returned: { th: 'คำขอของหน่วยงานถูกส่งคืนเพื่อแก้ไข', en: 'Your unit’s request was returned for revision' },
  reminder: { th: 'เตือน: คำขอรอการพิจารณาของท่านเกินกำหนดเวลา', en: 'Reminder: a request has waited for you past its target' },
  escalation: { th: 'คำขอรอการพิจารณาเกินกำหนดเวลาในระดับที่ท่านกำกับ', en: 'Escalation: a request is overdue at a level you oversee' },
  late: { th: 'คำขอของหน่วยงานใช้เวลาเกินกำหนด', en: 'Your unit’s request is running late' },
  withdrawn: { th: 'หน่วยงานถอนคำขอที่รอการพิจารณาของท่านแล้ว', en: 'A request awaiting your decision was withdrawn by its unit' },
};

const DECIDED: Record<string, Bilingual> = {
  approved: { th: 'คำขอของหน่วยงานได้รับอนุมัติแล้ว', en: 'Your unit’s request was approved' },
  rejected: { th: 'คำขอของหน่วยงานไม่ได้รับอนุมัติ', en: 'Your unit’s request was rejected' },
  awaiting_council: {
    th: 'คำขอของหน่วยงานรอการพิจารณาของสภากรุงเทพมหานคร',
    en: 'Your unit’s request awaits the Bangkok Metropolitan Council',
  },
  withdrawn: { th: 'คำขอของหน่วยงานถูกถอนแล้ว', en: 'Your unit’s request was withdrawn' },
};
const DECIDED_OTHER: Bilingual = { th: 'คำขอของหน่วยงานได้รับการพิจารณาแล้ว', en: 'Your unit’s request was decided' };

const LABELS = {
  greeting: { th: 'เรียน', en: 'Dear' },
  trackingNo: { th: 'เลขที่คำขอ', en: 'Tracking number' },
  title: { th: 'เรื่อง', en: 'Subject' },
  unit: { th: 'หน่วยงาน', en: 'Unit' },
  type: { th: 'ประเภทคำขอ', en: 'Request type' },
  amount: { th: 'จำนวนเงิน', en: 'Amount' },
  from: { th: 'จาก', en: 'From' },
  now: { th: 'ขณะนี้อยู่ที่', en: 'Now at' },
  at: { th: 'เมื่อ', en: 'When' },
  by: { th: 'โดย', en: 'By' },
  onBehalfOf: { th: 'แทน', en: 'for' },
  reason: { th: 'เหตุผล', en: 'Reason' },
  open: { th: 'เปิดดูคำขอ (ต้องเข้าสู่ระบบก่อน)', en: 'Open the request (you will be asked to sign in)' },
  footer: {
    th: 'อีเมลนี้ส่งโดยอัตโนมัติจากระบบติดตามการจัดสรรทันใจ (BMRTS) กรุณาอย่าตอบกลับ การพิจารณาคำขอทำได้ในระบบหลังเข้าสู่ระบบเท่านั้น',
    en: 'This email was sent automatically by BMRTS; please do not reply. Requests can be decided only in BMRTS after signing in.',
  },
  settings: { th: 'เลือกอีเมลที่ต้องการรับได้ที่', en: 'Choose which emails you receive at' },
} satisfies Record<string, Bilingual>;

function headline(facts: EmailFacts): Bilingual {
  if (facts.kind === 'decided') return DECIDED[facts.toStatus] ?? DECIDED_OTHER;
  return HEADLINES[facts.kind];
}

function levelName(level: number, status: string, lang: Lang): string {
  if (status === 'awaiting_council') return COUNCIL_TITLE[lang];
  return isLevel(level) ? `${lang === 'th' ? 'ระดับ' : 'Level'} ${level} ${LEVEL_TITLES[level][lang]}` : String(level);
}

function typeName(type: string, lang: Lang): string {
  return type in REQUEST_TYPE_NAMES ? REQUEST_TYPE_NAMES[type as RequestType][lang] : type;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

/** Where the link goes: the request page, which sends a visitor who is not signed in to sign-in and back. */
export function requestLink(publicUrl: string, requestId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/requests/${encodeURIComponent(requestId)}`;
}

/** Who decided, at which level, and for whom when acting: "นายสมชาย ใจดี (ระดับ 2 เจ้าหน้าที่วิเคราะห์งบประมาณ)". */
function decidedBy(facts: EmailFacts, lang: Lang): [string, string][] {
  if (!facts.by) return [];
  const acting = facts.by.onBehalfOf ? ` ${LABELS.onBehalfOf[lang]} ${facts.by.onBehalfOf}` : '';
  return [[LABELS.by[lang], `${facts.by.displayName} (${levelName(facts.fromLevel, '', lang)})${acting}`]];
}

export function renderEmail(facts: EmailFacts, lang: Lang, publicUrl: string): RenderedEmail {
  const r = facts.request;
  const head = headline(facts)[lang];
  const link = requestLink(publicUrl, r.id);
  const settingsLink = `${publicUrl.replace(/\/+$/, '')}/settings`;
  const rows: [string, string][] = [
    [LABELS.trackingNo[lang], r.trackingNo],
    [LABELS.title[lang], r.title],
    [LABELS.unit[lang], r.unitName[lang]],
    [LABELS.type[lang], typeName(r.type, lang)],
    [LABELS.amount[lang], formatMoney(r.amountSatang, lang)],
    ...(facts.fromLevel !== facts.toLevel ? [[LABELS.from[lang], levelName(facts.fromLevel, '', lang)] as [string, string]] : []),
    [LABELS.now[lang], levelName(facts.toLevel, facts.toStatus, lang)],
    [LABELS.at[lang], formatThaiDateTime(facts.at, lang)],
    ...decidedBy(facts, lang),
    ...(facts.reason ? [[LABELS.reason[lang], facts.reason] as [string, string]] : []),
  ];
  const text = [
    `${LABELS.greeting[lang]} ${facts.recipientName}`,
    '',
    head,
    '',
    ...rows.map(([label, value]) => `${label}: ${value}`),
    '',
    `${LABELS.open[lang]}: ${link}`,
    '',
    '--',
    LABELS.footer[lang],
    `${LABELS.settings[lang]} ${settingsLink}`,
    '',
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${lang}"><body style="font-family: Sarabun, Tahoma, sans-serif; line-height: 1.5">`,
    `<p>${escapeHtml(`${LABELS.greeting[lang]} ${facts.recipientName}`)}</p>`,
    `<p><strong>${escapeHtml(head)}</strong></p>`,
    '<table cellpadding="4" style="border-collapse: collapse">',
    ...rows.map(
      ([label, value]) =>
        `<tr><th align="left" style="font-weight: normal; color: #555">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
    ),
    '</table>',
    `<p><a href="${escapeHtml(link)}">${escapeHtml(LABELS.open[lang])}</a></p>`,
    `<p style="color: #666; font-size: small">${escapeHtml(LABELS.footer[lang])}<br>${escapeHtml(LABELS.settings[lang])} <a href="${escapeHtml(settingsLink)}">${escapeHtml(settingsLink)}</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject: `[BMRTS] ${r.trackingNo} ${head}`, text, html };
}
