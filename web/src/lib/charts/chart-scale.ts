// The arithmetic of the in-house charts, kept pure so it can be tested without a browser: round axis ticks, which
// category labels fit along an axis, and a label's width estimated from its length (no DOM measuring, no re-render).

/** Round steps, as a reader expects an axis to count: 1, 2, 5, 10, 20, 50, … (whole numbers: counts and days). */
const STEP_MULTIPLES = [1, 2, 5, 10] as const;

/**
 * Ticks from 0 to at least `max`, about `target` of them, on a round whole-number step. An empty or all-zero series
 * still gets an axis (0 and 1) so the chart keeps its shape.
 */
export function niceTicks(max: number, target = 5): number[] {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const rough = top / Math.max(1, target - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const multiple = STEP_MULTIPLES.find((m) => m * magnitude >= rough) ?? 10;
  // Whole numbers only: a step of 0.5 days or half a request reads as a mistake.
  const step = Math.max(1, multiple * magnitude);
  const ticks: number[] = [];
  for (let value = 0; value < top + step; value += step) {
    ticks.push(value);
    if (value >= top) break;
  }
  return ticks;
}

/** The percent axis always shows the whole scale, so 80 % never looks like the top. */
export const PERCENT_TICKS: readonly number[] = [0, 25, 50, 75, 100];

/**
 * Roughly how wide a label is drawn, in px. Thai vowel and tone marks that sit above or below a consonant take no
 * width, so they are not counted; everything else is taken as an average glyph, a little generously so labels never touch.
 */
export function labelWidth(text: string, fontSize: number): number {
  const spacing = text.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '');
  return spacing.length * fontSize * 0.6;
}

/**
 * Which of `count` evenly spaced labels to draw so that none overlaps, the first and the last always among them: every k-th from
 * the first, and always the last, dropping the one before it when the two would touch.
 */
export function visibleLabelIndexes(count: number, slotWidth: number, widestLabel: number, gap = 6): number[] {
  if (count <= 0) return [];
  const every = slotWidth > 0 ? Math.max(1, Math.ceil((widestLabel + gap) / slotWidth)) : count;
  const shown: number[] = [];
  for (let i = 0; i < count; i += every) shown.push(i);
  const last = count - 1;
  const previous = shown[shown.length - 1] ?? 0;
  if (previous === last) return shown;
  if (last - previous < every) {
    // Too close to the last: give way to it, unless it is the first (then the axis keeps only its start).
    if (shown.length === 1) return shown;
    shown.pop();
  }
  shown.push(last);
  return shown;
}

/** Cuts a label to fit `width` px, ending in "…"; the full text is in the table beside the chart and the tooltip. */
export function fitLabel(text: string, width: number, fontSize: number): string {
  if (labelWidth(text, fontSize) <= width) return text;
  let cut = text;
  while (cut.length > 1 && labelWidth(`${cut}…`, fontSize) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
