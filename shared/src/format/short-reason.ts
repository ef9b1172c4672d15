// A reason (a decision's comment) shortened for a notice: the bell and the email carry its start, the page the whole.

/** Longest reason a notice carries, in characters; about two lines of a phone's notification list. */
export const NOTICE_REASON_LENGTH = 120;

/**
 * The comment on one line, cut at a word (a space) near the limit when there is one, with an ellipsis; Thai writes
 * no spaces between words, so a long Thai run is cut at a grapheme, never inside a combined vowel or tone mark.
 */
export function shortReason(comment: string, max = NOTICE_REASON_LENGTH): string {
  const oneLine = comment.replace(/\s+/g, ' ').trim();
  const graphemes = [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(oneLine)].map((s) => s.segment);
  if (graphemes.length <= max) return oneLine;
  const head = graphemes.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(space >= head.length * 0.6 ? head.slice(0, space) : head).trimEnd()}…`;
}
