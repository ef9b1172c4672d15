// The eight-step approval path: passed, current (with days waited), final and skipped levels, and the council step;
// each level the request has been at shows its working days there against the level's target (levelTimes).
// On a phone it folds to one line ("ระดับ 3 จาก 6") with the detail behind a disclosure button (phone.css).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNCIL_TITLE, LEVEL_TITLES, formatThaiDate, isLevel } from '@bmrts/shared';
import type { Lang, RequestView } from '@bmrts/shared';
import type { TFunction } from 'i18next';
import { useLang } from '../../../lib/use-lang';
import { councilState, stepsOf } from './step-states';
import type { Step, StepState } from './step-states';

const STATE_KEY = {
  done: 'stepper.done',
  current: 'stepper.current',
  upcoming: 'stepper.upcoming',
  skipped: 'stepper.skipped',
  ended: 'stepper.decidedHere',
} as const satisfies Record<StepState, string>;

export function LevelStepper({ view }: { view: RequestView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const steps = stepsOf(view);
  // The target and the overdue flag come from the server: the targets administrators set for this type.
  const target = view.targetDays;
  const council = view.council === 'none' ? null : councilState(view);
  const overdue = view.overdue;
  const [open, setOpen] = useState(false);
  const detailId = useId();

  return (
    <section className="card stepper-card" aria-labelledby="stepper-title" data-open={open}>
      <div className="stepper-head">
        <h2 id="stepper-title">{t('stepper.title')}</h2>
        <p className="stepper-summary" data-testid="stepper-summary">
          <strong>{whereNow(view, steps, t, lang)}</strong>
          {view.position.clockRunning ? (
            <span className={overdue ? 'days-overdue' : undefined}>
              {' · '}
              {target === null
                ? t('stepper.waitedNoTarget', { days: view.workingDaysAtLevel })
                : t('stepper.waited', { days: view.workingDaysAtLevel, target })}
            </span>
          ) : null}
        </p>
        <button
          type="button"
          className="button button-small stepper-toggle"
          aria-expanded={open}
          aria-controls={detailId}
          onClick={() => setOpen((o) => !o)}
          data-testid="stepper-toggle"
        >
          {open ? t('phone.hidePath') : t('phone.showPath')}
        </button>
      </div>
      <div id={detailId} className="stepper-detail">
        <ol className="stepper" data-testid="stepper">
          {steps.map((step) => (
            <li
              key={step.level}
              className={`step step-${step.state}${step.isFinal ? ' step-final' : ''}`}
              aria-current={step.state === 'current' ? 'step' : undefined}
              data-testid={`step-${step.level}`}
              data-state={step.state}
            >
              <span className="step-dot" aria-hidden="true">
                {step.state === 'done' ? '✓' : step.level}
              </span>
              <span className="step-body">
                <span className="step-level">{t('stepper.level', { level: step.level })}</span>
                <span className="step-title">{isLevel(step.level) ? LEVEL_TITLES[step.level][lang] : ''}</span>
                <span className="step-state">{t(STATE_KEY[step.state])}</span>
                {step.isFinal ? <span className="badge badge-final">{t('stepper.final')}</span> : null}
                {step.state === 'current' && view.position.clockRunning ? (
                  <span className={overdue ? 'step-wait days-overdue' : 'step-wait'} data-testid="step-waited">
                    {target === null
                      ? t('stepper.waitedNoTarget', { days: view.workingDaysAtLevel })
                      : t('stepper.waited', { days: view.workingDaysAtLevel, target })}
                  </span>
                ) : null}
                {step.state !== 'current' || !view.position.clockRunning ? <LevelTimeNote view={view} level={step.level} /> : null}
              </span>
            </li>
          ))}
          {council ? (
            <li
              className={`step step-council step-${council}`}
              aria-current={council === 'current' ? 'step' : undefined}
              data-testid="step-council"
              data-state={council}
            >
              <span className="step-dot" aria-hidden="true">
                ★
              </span>
              <span className="step-body">
                <span className="step-level">{COUNCIL_TITLE[lang]}</span>
                <span className="step-title">{view.council === 'approve' ? t('stepper.councilApprove') : t('stepper.councilReport')}</span>
                <span className="step-state">{t(STATE_KEY[council])}</span>
                {view.position.holder === 'council' ? (
                  <span className="step-wait" data-testid="step-council-waited">
                    {t('stepper.waitedAtCouncil', { days: view.workingDaysAtLevel })}
                  </span>
                ) : null}
              </span>
            </li>
          ) : null}
        </ol>
        <p className="route-reason" data-testid="route-reason">
          {view.finalLevel !== null && view.routeReason
            ? t('stepper.reason', { level: view.finalLevel, rule: view.ruleId ?? '', reason: view.routeReason[lang] })
            : t('stepper.notRouted')}
        </p>
        {view.prediction ? <PredictionNote prediction={view.prediction} /> : null}
      </div>
    </section>
  );
}

/** The one line a phone shows: the level that holds it (or where it ended) of the final level, or the Council. */
function whereNow(view: RequestView, steps: readonly Step[], t: TFunction, lang: Lang): string {
  if (view.position.holder === 'council') return `${COUNCIL_TITLE[lang]}`;
  const at = steps.find((step) => step.state === 'current' || step.state === 'ended');
  const final = view.finalLevel;
  if (!at) return final === null ? t(`status.${view.status}`) : t('phone.allPassed', { final });
  const level = final === null ? t('phone.stepAt', { level: at.level }) : t('phone.stepOf', { level: at.level, final });
  return isLevel(at.level) ? `${level} ${LEVEL_TITLES[at.level][lang]}` : level;
}

/** Working days spent at a level over all its visits; red when over the target. */
function LevelTimeNote({ view, level }: { view: RequestView; level: number }) {
  const { t } = useTranslation();
  const time = view.levelTimes.find((lt) => lt.level === level);
  if (!time) return null;
  return (
    <span
      className={time.overTarget ? 'step-time days-overdue' : 'step-time'}
      data-testid={`step-time-${level}`}
      data-over={time.overTarget}
    >
      {time.targetDays === null
        ? t('levelTime.spent', { days: time.workingDays })
        : t('levelTime.spentTarget', { days: time.workingDays, target: time.targetDays })}
      {time.overTarget ? <span className="badge badge-overdue">{t('levelTime.overTarget')}</span> : null}
    </span>
  );
}

/** When the unit can expect the decision: the median date, and the 80th-percentile date when it differs. */
function PredictionNote({ prediction }: { prediction: NonNullable<RequestView['prediction']> }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <p className="prediction" data-testid="prediction" data-basis={prediction.basis}>
      <strong>{t('prediction.expected', { date: formatThaiDate(prediction.expectedDate, lang) })}</strong>
      {prediction.likelyByDate !== prediction.expectedDate ? (
        <span> · {t('prediction.likely', { date: formatThaiDate(prediction.likelyByDate, lang) })}</span>
      ) : null}
      <br />
      <span className="small muted">{t(`prediction.basis_${prediction.basis}`)}</span>
    </p>
  );
}
