// The request page's predicted decision date: the levels still ahead of a request in review, timed by recent history.
import { predictDecision, targetsForType, TOP_LEVEL, workingDaysBetween, type PredictionView, type RequestType } from '@bmrts/shared';
import { positionOfRow } from '../requests/position-sql';
import type { Timeliness } from './context';
import type { AppCaches } from '../cache/app-caches';

interface PredictedRow {
  status: string;
  type: string;
  level: number;
  final_level: number | null;
  level_entered_at: string;
}

export async function predictRequest(
  row: PredictedRow,
  now: Date,
  timeliness: Timeliness,
  samplesFor: AppCaches['levelSamples'],
): Promise<PredictionView | null> {
  // Predicted only while a review level holds it: the unit's time and the Council's are not the Office's to time.
  if (positionOfRow(row).holder !== 'review_level') return null;
  const type = row.type as RequestType;
  // The routing fixed the top level at submission; the request climbs one level at a time up to it.
  const top = row.final_level ?? TOP_LEVEL;
  const levelsAhead = Array.from({ length: Math.max(1, top - row.level + 1) }, (_, i) => row.level + i);
  const nowIso = now.toISOString();
  const { expectedDate, likelyByDate, basis } = predictDecision({
    levelsAhead,
    workingDaysAtCurrent: workingDaysBetween(row.level_entered_at, nowIso, timeliness.holidays),
    samples: await samplesFor(type, timeliness.holidays),
    targets: targetsForType(timeliness.targets, type),
    now: nowIso,
    holidays: timeliness.holidays,
  });
  return { expectedDate, likelyByDate, basis };
}
