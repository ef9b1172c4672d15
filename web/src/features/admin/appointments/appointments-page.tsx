// Administration › Acting appointments: who acts for whom (or at which level), when and by which order; appoint and
// revoke; an appointment that breaks the rules (made before them) is flagged, since it grants nothing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVEL_TITLES, formatThaiCalendarDate, formatThaiDateTime, isLevel } from '@bmrts/shared';
import { ErrorNotice, Loading } from '../../../lib/query-state';
import { useLang } from '../../../lib/use-lang';
import { useAppointments, useRevokeAppointment } from '../api/appointments';
import { useAdminUsers } from '../api/users';
import type { Appointment } from '../api/types';
import { FormProblem, SavedNotice } from '../components/form-problem';
import { AppointmentForm } from './appointment-form';
import { violationText } from './appointment-refusals';

const isOver = (a: Appointment) => a.revokedAt !== null || Date.parse(a.endsAt) <= Date.now();

export function AppointmentsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const appointments = useAppointments();
  const users = useAdminUsers({ active: 'true' });
  const revoke = useRevokeAppointment();
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [showPast, setShowPast] = useState(false);
  const items = (appointments.data?.items ?? []).filter((a) => showPast || !isOver(a));
  const broken = (appointments.data?.items ?? []).filter((a) => !isOver(a) && a.violations.length > 0).length;

  function order(a: Appointment): string {
    if (a.orderNo === null || a.orderDate === null) return t('admin.appointments.orderMissing');
    return t('admin.appointments.orderCitation', { order: a.orderNo, date: formatThaiCalendarDate(a.orderDate, lang) });
  }

  function forWhom(a: Appointment): string {
    if (a.forUser) return a.forUser.displayName;
    if (a.forLevel !== null && isLevel(a.forLevel))
      return t('admin.appointments.forLevelValue', { level: a.forLevel, title: LEVEL_TITLES[a.forLevel][lang] });
    return t('admin.none');
  }

  function onRevoke(a: Appointment) {
    if (!window.confirm(t('admin.appointments.confirmRevoke', { name: a.actingUser.displayName }))) return;
    revoke.mutate(a.id, { onSuccess: () => setMessage(t('admin.appointments.revokedDone')) });
  }

  return (
    <section aria-labelledby="admin-appointments-title">
      <div className="page-head">
        <div>
          <h1 id="admin-appointments-title">{t('admin.sections.appointments')}</h1>
          <p className="muted">{t('admin.appointments.intro')}</p>
        </div>
        <div className="page-head-actions">
          <button
            type="button"
            className="button button-primary"
            data-testid="create-appointment"
            onClick={() => {
              setCreating(true);
              setMessage(null);
            }}
          >
            {t('admin.appointments.create')}
          </button>
        </div>
      </div>
      {message ? <SavedNotice text={message} /> : null}
      {broken > 0 ? (
        <p className="notice notice-warning" role="status" data-testid="appointments-broken">
          {t('admin.appointments.brokenCount', { count: broken })}
        </p>
      ) : null}
      {revoke.isError ? <FormProblem error={revoke.error} /> : null}
      {creating ? (
        <AppointmentForm
          users={users.data?.items ?? []}
          onCancel={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            setMessage(t('admin.appointments.created'));
          }}
        />
      ) : null}
      <label className="check">
        <input type="checkbox" checked={showPast} onChange={(e) => setShowPast(e.target.checked)} data-testid="appointments-show-past" />
        <span>{t('admin.appointments.showPast')}</span>
      </label>
      {appointments.isPending ? <Loading /> : null}
      {appointments.isError ? <ErrorNotice error={appointments.error} onRetry={() => void appointments.refetch()} /> : null}
      {appointments.data && items.length === 0 ? <p className="empty">{t('admin.empty')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table" data-testid="appointments-table">
            <caption className="visually-hidden">{t('admin.appointments.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.appointments.acting')}</th>
                <th scope="col">{t('admin.appointments.forWhom')}</th>
                <th scope="col">{t('admin.appointments.period')}</th>
                <th scope="col">{t('admin.appointments.order')}</th>
                <th scope="col">{t('admin.appointments.reason')}</th>
                <th scope="col">{t('admin.appointments.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id} data-testid="appointment-row" className={isOver(a) ? 'row-inactive' : undefined}>
                  <td data-label={t('admin.appointments.acting')}>{a.actingUser.displayName}</td>
                  <td data-label={t('admin.appointments.forWhom')}>{forWhom(a)}</td>
                  <td data-label={t('admin.appointments.period')} className="small">
                    <span>
                      <time dateTime={a.startsAt}>{formatThaiDateTime(a.startsAt, lang)}</time>
                      {' – '}
                      <time dateTime={a.endsAt}>{formatThaiDateTime(a.endsAt, lang)}</time>
                    </span>
                  </td>
                  <td data-label={t('admin.appointments.order')} className="small">
                    <span>
                      {t(`admin.appointments.kinds.${a.kind}`)}
                      <span className="muted"> · {order(a)}</span>
                    </span>
                  </td>
                  <td data-label={t('admin.appointments.reason')} className="small">
                    <span>
                      {a.reason}
                      <span className="muted">
                        {' '}
                        · {t('admin.appointments.createdBy')} {a.createdBy.displayName}
                      </span>
                    </span>
                  </td>
                  <td data-label={t('admin.appointments.status')}>
                    {a.revokedAt ? (
                      <span className="badge badge-rejected">
                        {t('admin.appointments.revoked', { at: formatThaiDateTime(a.revokedAt, lang) })}
                      </span>
                    ) : a.violations.length > 0 ? (
                      <span data-testid="appointment-violations">
                        <span className="badge badge-rejected">{t('admin.appointments.broken')}</span>
                        {a.violations.map((v) => (
                          <span key={v} className="small">
                            {' '}
                            {violationText(v, lang, t('admin.appointments.orderMissing'))}
                          </span>
                        ))}
                      </span>
                    ) : a.active ? (
                      <span className="badge badge-approved">{t('admin.appointments.running')}</span>
                    ) : (
                      <span className="badge badge-withdrawn">{t('admin.appointments.notRunning')}</span>
                    )}
                  </td>
                  <td data-label={t('admin.actions')}>
                    {isOver(a) ? null : (
                      <button
                        type="button"
                        className="button button-small button-danger-outline"
                        disabled={revoke.isPending}
                        data-testid="revoke-appointment"
                        aria-label={t('admin.appointments.revokeOf', { name: a.actingUser.displayName })}
                        onClick={() => onRevoke(a)}
                      >
                        {t('admin.appointments.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
