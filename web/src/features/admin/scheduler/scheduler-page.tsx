// Administration › Reminder scheduler: whether it runs on time, its recent runs, and the reminders and escalations it sent.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatThaiDateTime, type SchedulerJob, type SchedulerRun } from '@bmrts/shared';
import { ErrorNotice, Loading } from '../../../lib/query-state';
import { SchedulerWarning } from '../../../lib/scheduler-warning';
import { useSchedulerStatus } from '../../../lib/scheduler-status';
import { useLang } from '../../../lib/use-lang';

const RECIPIENT_KINDS = ['reminder', 'escalation', 'late'] as const;
const isRecipientKind = (k: string): k is (typeof RECIPIENT_KINDS)[number] => (RECIPIENT_KINDS as readonly string[]).includes(k);

function RunsTable({ runs }: { runs: SchedulerRun[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (runs.length === 0) return <p className="muted">{t('admin.scheduler.noRuns')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="scheduler-runs">
        <caption className="visually-hidden">{t('admin.scheduler.runsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.scheduler.started')}</th>
            <th scope="col">{t('admin.scheduler.finished')}</th>
            <th scope="col" className="num">
              {t('admin.scheduler.evaluated')}
            </th>
            <th scope="col" className="num">
              {t('admin.scheduler.reminders')}
            </th>
            <th scope="col" className="num">
              {t('admin.scheduler.escalations')}
            </th>
            <th scope="col">{t('admin.scheduler.holder')}</th>
            <th scope="col">{t('admin.scheduler.error')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id}>
              <td data-label={t('admin.scheduler.started')}>{formatThaiDateTime(r.startedAt, lang)}</td>
              <td data-label={t('admin.scheduler.finished')}>
                {r.finishedAt ? formatThaiDateTime(r.finishedAt, lang) : t('admin.scheduler.stillRunning')}
              </td>
              <td data-label={t('admin.scheduler.evaluated')} className="num">
                {r.evaluated}
              </td>
              <td data-label={t('admin.scheduler.reminders')} className="num">
                {r.reminders}
              </td>
              <td data-label={t('admin.scheduler.escalations')} className="num">
                {r.escalations}
              </td>
              <td data-label={t('admin.scheduler.holder')} className="mono small">
                {r.holder}
              </td>
              <td data-label={t('admin.scheduler.error')}>{r.error ?? t('admin.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function JobsTable({ jobs }: { jobs: SchedulerJob[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (jobs.length === 0) return <p className="muted">{t('admin.scheduler.noJobs')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="scheduler-jobs">
        <caption className="visually-hidden">{t('admin.scheduler.jobsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.scheduler.sentAt')}</th>
            <th scope="col">{t('admin.scheduler.request')}</th>
            <th scope="col" className="num">
              {t('admin.scheduler.level')}
            </th>
            <th scope="col">{t('admin.scheduler.kind')}</th>
            <th scope="col">{t('admin.scheduler.waited')}</th>
            <th scope="col">{t('admin.scheduler.recipients')}</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((j) => (
            <tr key={j.id}>
              <td data-label={t('admin.scheduler.sentAt')}>{formatThaiDateTime(j.sentAt, lang)}</td>
              <td data-label={t('admin.scheduler.request')}>
                <Link to={`/requests/${j.request.id}`} className="mono">
                  {j.request.trackingNo}
                </Link>
              </td>
              <td data-label={t('admin.scheduler.level')} className="num">
                {j.level}
              </td>
              <td data-label={t('admin.scheduler.kind')}>{t(`admin.scheduler.kinds.${j.kind}`)}</td>
              <td data-label={t('admin.scheduler.waited')}>
                {t('admin.scheduler.waitedValue', { days: j.workingDays, target: j.targetDays })}
              </td>
              <td data-label={t('admin.scheduler.recipients')}>
                {j.recipients.length === 0 ? (
                  <span className="muted">{t('admin.scheduler.noRecipients')}</span>
                ) : (
                  j.recipients
                    .map((r) => `${r.displayName}${isRecipientKind(r.kind) ? ` (${t(`admin.scheduler.recipientKinds.${r.kind}`)})` : ''}`)
                    .join(', ')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SchedulerPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const status = useSchedulerStatus();
  const data = status.data;
  return (
    <section aria-labelledby="admin-scheduler-title">
      <div className="page-head">
        <div>
          <h1 id="admin-scheduler-title">{t('admin.sections.scheduler')}</h1>
          <p className="muted">{t('admin.scheduler.intro')}</p>
        </div>
      </div>
      {status.isPending ? <Loading /> : null}
      {status.isError ? <ErrorNotice error={status.error} onRetry={() => void status.refetch()} /> : null}
      {data ? (
        <>
          <SchedulerWarning />
          <div className="card">
            <p className="small muted">{t('admin.scheduler.every', { n: data.intervalMinutes })}</p>
            {!data.late && data.lastRun ? (
              <p className="notice notice-success" data-testid="scheduler-ok">
                {t('admin.scheduler.ok', { last: formatThaiDateTime(data.lastRun.startedAt, lang) })}
              </p>
            ) : null}
            <h2>{t('admin.scheduler.runs')}</h2>
            <RunsTable runs={data.runs} />
          </div>
          <div className="card">
            <h2>{t('admin.scheduler.jobs')}</h2>
            <JobsTable jobs={data.jobs} />
          </div>
        </>
      ) : null}
    </section>
  );
}
