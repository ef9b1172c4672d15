// A resubmission that changed the unit's letter says so in words: the field's name from the catalogue, and the
// letter's date as a Thai reader dates a letter (Buddhist Era), not the stored ISO day.
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { changeFieldName, changeValue } from '../../web/src/features/requests/change-words';

// The key itself stands in for the catalogue's words: what is checked is which key is asked for.
const t = ((key: string) => key) as unknown as TFunction;

describe('the words for a change to the unit’s letter', () => {
  it('names the letter number and date by their catalogue keys', () => {
    expect(changeFieldName(t, 'letterNo', 'กท 1')).toBe('changes.fields.letterNo');
    expect(changeFieldName(t, 'letterDate', null)).toBe('changes.fields.letterDate');
  });
  it('shows the letter date in BE, and a letter number as written', () => {
    expect(changeValue(t, 'th', 'letterDate', '2026-12-01')).toBe('1 ธ.ค. 2569');
    expect(changeValue(t, 'th', 'letterNo', 'กท 5101/1201')).toBe('กท 5101/1201');
    expect(changeValue(t, 'th', 'letterDate', null)).toBe('changes.empty');
  });
});
