// Writes a demo request's Thai title and justification once its date, and so its fiscal year and quarter, are known.
import { CENTRAL_FUND_ITEM_NAMES, ENTITLEMENT_ITEMS, formatMoney, requestContentSchema } from '@bmrts/shared';
import type { RequestContent } from '@bmrts/shared';
import type { DemoUnit, RequestShape } from './demo-shape';

export interface RequestDate {
  fiscalYear: number;
  /** Quarter of the fiscal year: 1 is October to December. */
  quarter: number;
}

function justification(shape: RequestShape, unit: DemoUnit, { fiscalYear, quarter }: RequestDate): string {
  const { substance } = shape;
  const money = formatMoney(substance.amountSatang);
  const note = shape.note ? ` ${shape.note}` : '';
  switch (substance.type) {
    case 'allotment':
      return (
        `${unit.name_th}ได้รับงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ${fiscalYear} รายการ${shape.subject} เพื่อ${shape.purpose} ` +
        `จึงขออนุมัติเงินประจำงวดไตรมาสที่ ${quarter} จำนวน ${money} ตามแผนการปฏิบัติงานและแผนการใช้จ่ายงบประมาณ${note}`
      );
    case 'transfer': {
      if (substance.details.detailsOnly) {
        return (
          `${unit.name_th}ขอ${shape.purpose} ประจำปีงบประมาณ พ.ศ. ${fiscalYear} โดยไม่เปลี่ยนแปลงวงเงินงบประมาณ ` +
          'เพื่อให้การดำเนินงานเหมาะสมกับสถานการณ์ปัจจุบันและบรรลุเป้าหมายเดิม'
        );
      }
      const lineCount = substance.details.lines?.length ?? 0;
      return (
        `${unit.name_th}มีความจำเป็นต้อง${shape.purpose} แต่งบประมาณที่ได้รับไม่เพียงพอ จึงขอโอนงบประมาณประจำปีงบประมาณ พ.ศ. ${fiscalYear} ` +
        `ที่คาดว่าจะเหลือจ่าย ${lineCount} รายการ รวม ${money} ทั้งนี้ การโอนไม่กระทบต่อเป้าหมายผลผลิตของรายการต้นทาง${note}`
      );
    }
    case 'central_fund': {
      const item = substance.details.item;
      const itemName = CENTRAL_FUND_ITEM_NAMES[item].th;
      if (ENTITLEMENT_ITEMS.includes(item)) {
        return (
          `${unit.name_th}มีความจำเป็นต้อง${shape.purpose} ตามสิทธิที่กฎหมายกำหนด แต่งบประมาณที่ได้รับไม่เพียงพอ ` +
          `จึงขออนุมัติจัดสรรงบกลาง รายการ${itemName} ปีงบประมาณ พ.ศ. ${fiscalYear} จำนวน ${money}`
        );
      }
      return (
        `${unit.name_th}แจ้งว่า${shape.purpose} ซึ่งเป็นกรณีจำเป็นเร่งด่วนที่ไม่อาจรอการตั้งงบประมาณตามปกติได้ ` +
        `และงบประมาณของหน่วยงานไม่เพียงพอ จึงขออนุมัติจัดสรรงบกลาง รายการ${itemName} ปีงบประมาณ พ.ศ. ${fiscalYear} จำนวน ${money}`
      );
    }
  }
}

/** The full content, checked by the same schema as the API, so the demo holds only what a user could submit. */
export function writeRequestContent(shape: RequestShape, unit: DemoUnit, date: RequestDate): RequestContent {
  const title = shape.substance.type === 'allotment' ? `ขออนุมัติเงินประจำงวด ไตรมาส ${date.quarter} ${shape.subject}` : shape.subject;
  return requestContentSchema.parse({
    ...shape.substance,
    fiscalYear: date.fiscalYear,
    title,
    justification: justification(shape, unit, date),
  });
}
