// The in-house charts' arithmetic: an axis counts in round whole steps from 0 past the largest figure, month labels are
// thinned to fit the width with the first and last kept, and a long label is cut with an ellipsis to its room.
import { describe, expect, it } from 'vitest';
import { fitLabel, labelWidth, niceTicks, visibleLabelIndexes } from '../../web/src/lib/charts/chart-scale';

describe('an axis’s ticks', () => {
  it('counts in round steps from 0 to at least the largest figure', () => {
    expect(niceTicks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(57)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(130)).toEqual([0, 50, 100, 150]);
    expect(niceTicks(1000)).toEqual([0, 500, 1000]);
  });
  it('never steps by a fraction: days and requests are whole', () => {
    expect(niceTicks(2)).toEqual([0, 1, 2]);
    expect(niceTicks(0.4)).toEqual([0, 1]);
  });
  it('still draws an axis when every figure is zero or there are none', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(Number.NEGATIVE_INFINITY)).toEqual([0, 1]);
  });
});

describe('the labels along the month axis', () => {
  it('shows every label when each has room', () => {
    expect(visibleLabelIndexes(12, 60, 45)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
  it('thins them on a phone, keeping the first and the last and dropping the one that would touch the last', () => {
    // 12 months in 230 px: every fourth label fits; 8 would sit too close to 11.
    expect(visibleLabelIndexes(12, 230 / 12, 55)).toEqual([0, 4, 11]);
    expect(visibleLabelIndexes(12, 20, 30)).toEqual([0, 2, 4, 6, 8, 11]);
  });
  it('keeps only the first when the last has no room beside it', () => {
    expect(visibleLabelIndexes(2, 20, 50)).toEqual([0]);
    expect(visibleLabelIndexes(1, 20, 50)).toEqual([0]);
    expect(visibleLabelIndexes(0, 20, 50)).toEqual([]);
  });
});

describe('a label’s width and fit', () => {
  it('does not count Thai marks that sit above or below a letter', () => {
    expect(labelWidth('ที่', 10)).toBe(labelWidth('ท', 10));
    expect(labelWidth('ต.ค. 2569', 12)).toBeCloseTo(9 * 12 * 0.6);
  });
  it('cuts a long question to its room with an ellipsis, and leaves a short one whole', () => {
    const question = '1. ความพึงพอใจโดยรวมต่อการใช้บริการระบบติดตามการจัดสรรงบประมาณ (BMRTS)';
    expect(fitLabel('2. ความง่าย', 300, 13)).toBe('2. ความง่าย');
    const cut = fitLabel(question, 200, 13);
    expect(cut.endsWith('…')).toBe(true);
    expect(question.startsWith(cut.slice(0, -1))).toBe(true);
    expect(labelWidth(cut, 13)).toBeLessThanOrEqual(200);
  });
});
