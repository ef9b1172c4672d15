// The request content schema: what a unit may submit for each request type, and how refusals are worded.
import { describe, expect, it } from 'vitest';
import { describeIssues, langFromAcceptLanguage, MAX_TRANSFER_LINES, requestContentSchema, requestEventBodySchema } from '@bmrts/shared';
import type { RequestContentInput, TransferLineInput } from '@bmrts/shared';

// ---- factories -------------------------------------------------------------------------------

const common = { fiscalYear: 2568, title: 'ขออนุมัติเงินประจำงวด ไตรมาส 1', justification: 'ตามแผนการใช้จ่าย' };

function allotment(overrides: Partial<Extract<RequestContentInput, { type: 'allotment' }>> = {}): RequestContentInput {
  return { ...common, type: 'allotment', category: 'operating', amountSatang: 150_000_00, ...overrides };
}

function line(amountSatang: number, n = 1): TransferLineInput {
  return { fromItem: `ค่าวัสดุ ${n}`, toItem: `ค่าใช้สอย ${n}`, amountSatang };
}

function transfer(
  lines: TransferLineInput[],
  overrides: Partial<Extract<RequestContentInput, { type: 'transfer' }>> = {},
): RequestContentInput {
  const amountSatang = lines.reduce((sum, l) => sum + l.amountSatang, 0);
  return { ...common, type: 'transfer', category: 'operating', amountSatang, details: { lines }, ...overrides };
}

function centralFund(overrides: Partial<Extract<RequestContentInput, { type: 'central_fund' }>> = {}): RequestContentInput {
  return { ...common, type: 'central_fund', amountSatang: 2_000_000_00, details: { item: 'emergency_reserve' }, ...overrides };
}

/** The paths and raw messages of the issues, for refusals. */
function issuesOf(input: unknown): { path: PropertyKey[]; code: string; message: string }[] {
  const result = requestContentSchema.safeParse(input);
  if (result.success) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return result.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message }));
}

// ---- acceptance -------------------------------------------------------------------------------

describe('an allotment', () => {
  it('is accepted with its routing details filled in by default', () => {
    expect(requestContentSchema.parse(allotment())).toEqual({
      ...common,
      type: 'allotment',
      category: 'operating',
      amountSatang: 150_000_00,
      details: { multiYear: false, outsidePlan: false, maxEquipmentUnitPriceSatang: 0, maxConstructionSatang: 0, lineId: null },
      // No official letter given: both stored as absent.
      letterNo: null,
      letterDate: null,
    });
  });

  it('refuses an amount of zero with the amount_required rule', () => {
    expect(issuesOf(allotment({ amountSatang: 0 }))).toEqual([{ path: ['amountSatang'], code: 'custom', message: 'amount_required' }]);
  });

  it('refuses a negative or fractional amount of satang', () => {
    expect(issuesOf(allotment({ amountSatang: -100 }))[0]?.path).toEqual(['amountSatang']);
    expect(issuesOf(allotment({ amountSatang: 10.5 }))[0]?.path).toEqual(['amountSatang']);
  });

  it('refuses the central-fund category, which belongs to central-fund requests', () => {
    expect(issuesOf(allotment({ category: 'central' as 'operating' }))[0]?.path).toEqual(['category']);
  });

  for (const category of ['personnel', 'operating', 'investment', 'subsidy', 'other'] as const) {
    it(`accepts the ${category} category`, () => {
      expect(requestContentSchema.parse(allotment({ category })).category).toBe(category);
    });
  }

  it('refuses unknown routing details', () => {
    const input = { ...allotment(), details: { multiYear: true, urgent: true } };
    expect(issuesOf(input)).toEqual([expect.objectContaining({ path: ['details'], code: 'unrecognized_keys' })]);
  });

  it('trims the title and justification', () => {
    const parsed = requestContentSchema.parse(allotment({ title: '  ซ่อมถนน  ', justification: '  เร่งด่วน ' }));
    expect(parsed.title).toBe('ซ่อมถนน');
    expect(parsed.justification).toBe('เร่งด่วน');
  });

  it('defaults a missing justification to empty text', () => {
    const { justification: _omitted, ...withoutJustification } = allotment();
    expect(requestContentSchema.parse(withoutJustification).justification).toBe('');
  });
});

describe('every request', () => {
  it('refuses unknown fields', () => {
    expect(issuesOf({ ...allotment(), unitCode: 'A01' })).toEqual([expect.objectContaining({ path: [], code: 'unrecognized_keys' })]);
    expect(issuesOf({ ...centralFund(), approvedBy: 'x' })).toEqual([expect.objectContaining({ path: [], code: 'unrecognized_keys' })]);
  });

  it('refuses an unknown request type', () => {
    expect(issuesOf({ ...allotment(), type: 'loan' })[0]?.path).toEqual(['type']);
  });

  it('accepts a title of 3 and of 300 characters', () => {
    expect(requestContentSchema.safeParse(allotment({ title: 'ขอก' })).success).toBe(true);
    expect(requestContentSchema.safeParse(allotment({ title: 'ก'.repeat(300) })).success).toBe(true);
  });

  it('refuses a title of 2 or of 301 characters', () => {
    expect(issuesOf(allotment({ title: 'ขอ' }))).toEqual([expect.objectContaining({ path: ['title'], code: 'too_small' })]);
    expect(issuesOf(allotment({ title: 'ก'.repeat(301) }))).toEqual([expect.objectContaining({ path: ['title'], code: 'too_big' })]);
  });

  it('counts the title after trimming, so spaces do not make up the length', () => {
    expect(issuesOf(allotment({ title: '  ก   ' }))).toEqual([expect.objectContaining({ path: ['title'], code: 'too_small' })]);
  });

  it('refuses a justification over 5000 characters', () => {
    expect(issuesOf(allotment({ justification: 'ก'.repeat(5001) }))[0]?.path).toEqual(['justification']);
  });

  it('refuses a fiscal year that is not a Buddhist Era year in range', () => {
    expect(issuesOf(allotment({ fiscalYear: 2025 }))[0]?.path).toEqual(['fiscalYear']);
    expect(requestContentSchema.safeParse(allotment({ fiscalYear: 2560 })).success).toBe(true);
  });
});

describe('a transfer', () => {
  it('is accepted when its lines add up to the amount', () => {
    const parsed = requestContentSchema.parse(transfer([line(300_000_00, 1), line(200_000_00, 2)]));
    expect(parsed.amountSatang).toBe(500_000_00);
    expect(parsed.type === 'transfer' && parsed.details.lines).toHaveLength(2);
  });

  it('refuses lines that do not balance with the amount', () => {
    const input = transfer([line(300_000_00)], { amountSatang: 300_000_01 });
    expect(issuesOf(input)).toEqual([{ path: ['amountSatang'], code: 'custom', message: 'transfer_unbalanced' }]);
  });

  it('refuses a transfer with no lines and no amount unless it only changes details', () => {
    expect(issuesOf(transfer([], { amountSatang: 0 }))).toEqual([
      { path: ['details', 'lines'], code: 'custom', message: 'transfer_needs_lines' },
      { path: ['amountSatang'], code: 'custom', message: 'amount_required' },
    ]);
  });

  it('accepts a details-only change with no lines and no money', () => {
    const parsed = requestContentSchema.parse(transfer([], { amountSatang: 0, details: { lines: [], detailsOnly: true } }));
    expect(parsed.type === 'transfer' && parsed.details.detailsOnly).toBe(true);
  });

  it('refuses a details-only change that still claims an amount', () => {
    const input = transfer([], { amountSatang: 5_00, details: { detailsOnly: true } });
    expect(issuesOf(input)).toEqual([{ path: ['amountSatang'], code: 'custom', message: 'transfer_unbalanced' }]);
  });

  it(`accepts ${MAX_TRANSFER_LINES} lines and refuses ${MAX_TRANSFER_LINES + 1}`, () => {
    expect(MAX_TRANSFER_LINES).toBe(50);
    const fifty = Array.from({ length: 50 }, (_, i) => line(1_00, i));
    expect(requestContentSchema.safeParse(transfer(fifty)).success).toBe(true);
    const fiftyOne = Array.from({ length: 51 }, (_, i) => line(1_00, i));
    expect(issuesOf(transfer(fiftyOne))).toEqual([expect.objectContaining({ path: ['details', 'lines'], code: 'too_big' })]);
  });

  it('refuses a line of zero baht and a line with an empty item', () => {
    expect(issuesOf(transfer([line(0)]))[0]?.path).toEqual(['details', 'lines', 0, 'amountSatang']);
    expect(issuesOf(transfer([{ fromItem: '   ', toItem: 'ข', amountSatang: 1 }]))[0]?.path).toEqual(['details', 'lines', 0, 'fromItem']);
  });

  it('refuses the central-fund category', () => {
    expect(issuesOf(transfer([line(1_00)], { category: 'central' as 'operating' }))[0]?.path).toEqual(['category']);
  });

  it('refuses unknown fields on a line', () => {
    const input = transfer([{ ...line(1_00), note: 'x' } as TransferLineInput]);
    expect(issuesOf(input)).toEqual([expect.objectContaining({ path: ['details', 'lines', 0], code: 'unrecognized_keys' })]);
  });

  it('needs its details', () => {
    const { details: _omitted, ...withoutDetails } = transfer([line(1_00)]);
    expect(issuesOf(withoutDetails)[0]?.path).toEqual(['details']);
  });
});

describe('a central-fund request', () => {
  it('is always in the central category, filled in when left out', () => {
    expect(requestContentSchema.parse(centralFund()).category).toBe('central');
    expect(requestContentSchema.parse(centralFund({ category: 'central' })).category).toBe('central');
  });

  it('refuses any other category', () => {
    expect(issuesOf(centralFund({ category: 'operating' as 'central' }))[0]?.path).toEqual(['category']);
  });

  it('refuses an amount of zero', () => {
    expect(issuesOf(centralFund({ amountSatang: 0 }))).toEqual([{ path: ['amountSatang'], code: 'custom', message: 'amount_required' }]);
  });

  it('needs a known central-fund item', () => {
    expect(issuesOf(centralFund({ details: { item: 'lottery' as 'flood' } }))[0]?.path).toEqual(['details', 'item']);
    expect(issuesOf({ ...centralFund(), details: {} })[0]?.path).toEqual(['details', 'item']);
  });
});

describe('an empty form of each kind', () => {
  // What the create form sends when "save" is pressed on it untouched: every field's message at once, the amount's
  // too, even where another field (the central-fund item) fails in a way zod would otherwise stop at.
  const empty = { fiscalYear: 2568, title: '', justification: '', amountSatang: 0 };
  const kinds = {
    allotment: { ...empty, type: 'allotment', category: 'operating' },
    transfer: { ...empty, type: 'transfer', category: 'operating', details: { lines: [{ fromItem: '', toItem: '', amountSatang: 0 }] } },
    central_fund: { ...empty, type: 'central_fund', details: { item: '' } },
  };
  for (const [kind, content] of Object.entries(kinds)) {
    it(`names the title and the amount together (${kind})`, () => {
      const paths = issuesOf(content).map((i) => i.path.join('.'));
      expect(paths).toContain('title');
      expect(paths).toContain('amountSatang');
      if (kind === 'central_fund') expect(paths).toContain('details.item');
    });
  }

  it('still says nothing of the amount when the amount itself is not a number', () => {
    const paths = issuesOf({ ...kinds.allotment, amountSatang: 'x' }).map((i) => i.path.join('.'));
    expect(paths.filter((p) => p === 'amountSatang')).toHaveLength(1);
  });
});

// ---- wording of refusals ---------------------------------------------------------------------

describe('describing validation issues', () => {
  function unbalancedIssues() {
    const result = requestContentSchema.safeParse(transfer([line(100_00)], { amountSatang: 99_00 }));
    if (result.success) throw new Error('expected the unbalanced transfer to be refused');
    return result.error.issues;
  }

  it('speaks Thai when the caller states no language', () => {
    const lang = langFromAcceptLanguage(undefined);
    expect(lang).toBe('th');
    expect(describeIssues(unbalancedIssues(), lang)).toEqual([
      { path: ['amountSatang'], message: 'ยอดรวมของรายการโอนต้องเท่ากับจำนวนเงินที่ขอ' },
    ]);
  });

  it('speaks English when asked', () => {
    const lang = langFromAcceptLanguage('en-GB,en;q=0.9,th;q=0.8');
    expect(lang).toBe('en');
    expect(describeIssues(unbalancedIssues(), lang)).toEqual([
      { path: ['amountSatang'], message: 'The transfer lines must add up to the amount requested' },
    ]);
  });

  it('prefers Thai when Thai comes first in Accept-Language', () => {
    expect(langFromAcceptLanguage('th-TH,en;q=0.5')).toBe('th');
    expect(langFromAcceptLanguage('')).toBe('th');
  });

  it('words the other rule messages in both languages', () => {
    const noLines = requestContentSchema.safeParse(transfer([], { amountSatang: 0, title: 'ขออนุมัติโอน' }));
    const zero = requestContentSchema.safeParse(centralFund({ amountSatang: 0 }));
    expect(noLines.success || zero.success).toBe(false);
    const linesMessage = (lang: 'th' | 'en') =>
      describeIssues(noLines.error?.issues ?? [], lang).find((i) => i.path.join('.') === 'details.lines')?.message;
    expect(linesMessage('th')).toBe('กรุณาระบุรายการโอนอย่างน้อยหนึ่งรายการ');
    expect(linesMessage('en')).toBe('Add at least one transfer line');
    expect(describeIssues(zero.error?.issues ?? [], 'th')[0]?.message).toBe('กรุณาระบุจำนวนเงินมากกว่าศูนย์');
    expect(describeIssues(zero.error?.issues ?? [], 'en')[0]?.message).toBe('Enter an amount greater than zero');
  });

  it('words schema issues in Thai or English from the catalogue, keeping the path', () => {
    const result = requestContentSchema.safeParse({ ...allotment({ title: 'ขอ' }), extra: 1 });
    const issues = result.error?.issues ?? [];
    expect(describeIssues(issues, 'th')).toEqual([
      { path: ['title'], message: 'กรุณาระบุชื่อเรื่องอย่างน้อย 3 ตัวอักษร' },
      { path: [], message: 'แบบฟอร์มส่งข้อมูลที่ระบบไม่รับมาด้วย กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง' },
    ]);
    const th = describeIssues(issues, 'th').map((i) => i.message);
    const en = describeIssues(issues, 'en').map((i) => i.message);
    for (const message of th) expect(message).toMatch(/[\u0E00-\u0E7F]/);
    for (const message of en) expect(message).not.toMatch(/[\u0E00-\u0E7F]/);
  });

  it('asks for digits, naming the field, when a field has the wrong type', () => {
    const result = requestContentSchema.safeParse(allotment({ amountSatang: '100' as unknown as number }));
    const issues = result.error?.issues ?? [];
    expect(describeIssues(issues, 'th')).toEqual([{ path: ['amountSatang'], message: 'กรุณาระบุจำนวนเงินเป็นตัวเลข' }]);
    expect(describeIssues(issues, 'en')).toEqual([{ path: ['amountSatang'], message: 'Enter the amount in digits' }]);
  });
});

describe('the body of a request event', () => {
  it('trims the comment, so a blank comment reaches the machine as empty', () => {
    expect(requestEventBodySchema.parse({ type: 'RETURN', comment: '   ', version: 3 })).toEqual({
      type: 'RETURN',
      comment: '',
      version: 3,
    });
  });

  it('refuses an unknown event type, a comment over 2000 characters and a missing version', () => {
    expect(requestEventBodySchema.safeParse({ type: 'ESCALATE', version: 1 }).success).toBe(false);
    expect(requestEventBodySchema.safeParse({ type: 'REJECT', comment: 'ก'.repeat(2001), version: 1 }).success).toBe(false);
    expect(requestEventBodySchema.safeParse({ type: 'APPROVE' }).success).toBe(false);
  });
});
