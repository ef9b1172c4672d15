// What changed between two submissions: field by field, transfer lines by position, lines added and removed.
import { describe, expect, it } from 'vitest';
import { diffRequestContent, requestContentSchema, type RequestContent, type RequestContentInput } from '@bmrts/shared';

const content = (input: RequestContentInput): RequestContent => requestContentSchema.parse(input);

const allotment = (overrides: Partial<Extract<RequestContentInput, { type: 'allotment' }>> = {}) =>
  content({
    type: 'allotment',
    fiscalYear: 2569,
    title: 'ขออนุมัติเงินประจำงวด ไตรมาส 2',
    justification: 'ตามแผนการใช้จ่าย',
    amountSatang: 200_000_000,
    category: 'operating',
    ...overrides,
  });

const line = (fromItem: string, toItem: string, amountSatang: number) => ({
  fromItem,
  toItem,
  amountSatang,
  fromLineId: null,
  toLineId: null,
});
const transfer = (lines: ReturnType<typeof line>[]) =>
  content({
    type: 'transfer',
    fiscalYear: 2569,
    title: 'ขอโอนงบประมาณ',
    justification: 'เหลือจ่าย',
    category: 'operating',
    amountSatang: lines.reduce((sum, l) => sum + l.amountSatang, 0),
    details: { lines },
  });

describe('diffRequestContent', () => {
  it('finds nothing between two equal versions', () => {
    expect(diffRequestContent(allotment(), allotment())).toEqual([]);
  });

  it('lists each changed field with its value before and after', () => {
    const changes = diffRequestContent(allotment(), allotment({ title: 'ขออนุมัติเงินประจำงวด (แก้ไข)', amountSatang: 180_000_000 }));
    expect(changes).toEqual([
      { field: 'title', before: 'ขออนุมัติเงินประจำงวด ไตรมาส 2', after: 'ขออนุมัติเงินประจำงวด (แก้ไข)' },
      { field: 'amountSatang', before: 200_000_000, after: 180_000_000 },
    ]);
  });

  it('looks into the details', () => {
    const before = allotment();
    const after = allotment({ details: { multiYear: true, outsidePlan: false, maxEquipmentUnitPriceSatang: 0, maxConstructionSatang: 0 } });
    expect(diffRequestContent(before, after)).toEqual([{ field: 'details.multiYear', before: false, after: true }]);
  });

  it('compares transfer lines by position, field by field', () => {
    const before = transfer([line('ค่าวัสดุ', 'ค่าครุภัณฑ์', 100), line('ค่าใช้สอย', 'ค่าจ้างเหมา', 200)]);
    const after = transfer([line('ค่าวัสดุ', 'ค่าครุภัณฑ์', 100), line('ค่าใช้สอย', 'ค่าซ่อมแซม', 250)]);
    expect(diffRequestContent(before, after)).toEqual([
      { field: 'amountSatang', before: 300, after: 350 },
      { field: 'details.lines[1].toItem', before: 'ค่าจ้างเหมา', after: 'ค่าซ่อมแซม' },
      { field: 'details.lines[1].amountSatang', before: 200, after: 250 },
    ]);
  });

  it('reports a line added at the end, and a line removed', () => {
    const one = transfer([line('ค่าวัสดุ', 'ค่าครุภัณฑ์', 100)]);
    const two = transfer([line('ค่าวัสดุ', 'ค่าครุภัณฑ์', 100), line('ค่าใช้สอย', 'ค่าจ้างเหมา', 200)]);
    expect(diffRequestContent(one, two)).toEqual([
      { field: 'amountSatang', before: 100, after: 300 },
      { field: 'details.lines', before: null, after: line('ค่าใช้สอย', 'ค่าจ้างเหมา', 200) },
    ]);
    expect(diffRequestContent(two, one)).toEqual([
      { field: 'amountSatang', before: 300, after: 100 },
      { field: 'details.lines', before: line('ค่าใช้สอย', 'ค่าจ้างเหมา', 200), after: null },
    ]);
  });
});
