// On the administrator's home page: a red alert when the reminder scheduler has not run for longer than it should,
// since then late requests go unreminded and nobody would otherwise notice.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatThaiDateTime } from '@bmrts/shared';
import { useSchedulerStatus } from './scheduler-status';
import { useLang } from './use-lang';

export function SchedulerWarning() {
  const { t } = useTranslation();
  const lang = useLang();
  const status = useSchedulerStatus().data;
  if (!status?.late) return null;
  const text = status.lastRun
    ? t('admin.scheduler.late', { n: status.lateAfterMinutes, last: formatThaiDateTime(status.lastRun.startedAt, lang) })
    : t('admin.scheduler.lateNever', { n: status.lateAfterMinutes });
  return (
    <div className="notice notice-error" role="alert" data-testid="scheduler-late">
      <span>{text}</span>
      <Link to="/admin/scheduler">{t('admin.scheduler.open')}</Link>
    </div>
  );
}
