// The questionnaire a new round starts from: the overall (KPI) question, four on the service, and a free-text suggestion.
import type { SurveyQuestion } from './questionnaire';

export const DEFAULT_SURVEY_QUESTIONS: readonly SurveyQuestion[] = [
  {
    id: 'overall',
    kind: 'scale',
    isOverall: true,
    text: {
      th: 'ความพึงพอใจโดยรวมต่อการใช้บริการระบบติดตามการจัดสรรงบประมาณ (BMRTS)',
      en: 'Overall, how satisfied are you with the budget allotment tracking system (BMRTS)?',
    },
  },
  { id: 'ease_of_use', kind: 'scale', isOverall: false, text: { th: 'ความง่ายในการใช้งานระบบ', en: 'Ease of use' } },
  {
    id: 'tracking_speed',
    kind: 'scale',
    isOverall: false,
    text: { th: 'ความรวดเร็วในการติดตามสถานะคำขอ', en: 'Speed of tracking a request' },
  },
  {
    id: 'status_accuracy',
    kind: 'scale',
    isOverall: false,
    text: { th: 'ความถูกต้องของข้อมูลสถานะคำขอ', en: 'Accuracy of the request status shown' },
  },
  {
    id: 'notification_usefulness',
    kind: 'scale',
    isOverall: false,
    text: { th: 'ประโยชน์ของการแจ้งเตือนเมื่อคำขอมีความเคลื่อนไหว', en: 'Usefulness of the notifications when a request moves' },
  },
  { id: 'suggestions', kind: 'text', isOverall: false, text: { th: 'ข้อเสนอแนะเพิ่มเติม', en: 'Suggestions' } },
];
