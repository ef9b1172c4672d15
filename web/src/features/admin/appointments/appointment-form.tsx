// Appointing someone to act: the acting person, for a person or for a level 5–8, start and end (Bangkok time), the
// written order (number and date) and the reason; the shared rules say at once why a choice of people cannot stand,
// and the API's own schema checks the rest before anything is sent.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTING_AT_LEVELS,
  ACTING_KINDS,
  APPOINTMENT_ORDER_NO_MAX,
  APPOINTMENT_REASON_MAX,
  errorMessage,
  formatThaiCalendarDate,
  holdsReviewPosition,
  isLevel,
  LEVEL_TITLES,
  type ActingKind,
} from '@bmrts/shared';
import { Field } from '../../../lib/field';
import { useLang } from '../../../lib/use-lang';
import { useCreateAppointment } from '../api/appointments';
import { useOrganisation } from '../api/units';
import type { AdminUser, CreateAppointmentBody } from '../api/types';
import { FormProblem } from '../components/form-problem';
import { bangkokInputOf, bangkokInputToIso } from '../../../lib/bangkok-time';
import { ThaiDateInput } from '../../../lib/thai-date-input';
import { ThaiDateTimeInput } from '../../../lib/thai-date-time-input';
import { refusalsOf } from './appointment-refusals';
import { checkedAppointment } from './appointment-problem';

type Mode = 'person' | 'level';

interface Props {
  users: readonly AdminUser[];
  onDone: () => void;
  onCancel: () => void;
}

export function AppointmentForm({ users, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const create = useCreateAppointment();
  const org = useOrganisation();
  const [kind, setKind] = useState<ActingKind>('acting');
  const [actingUserId, setActingUserId] = useState('');
  const [mode, setMode] = useState<Mode>('person');
  const [forUserId, setForUserId] = useState('');
  const [forLevel, setForLevel] = useState('');
  const [startsAt, setStartsAt] = useState(() => bangkokInputOf(new Date()));
  const [endsAt, setEndsAt] = useState('');
  const [reason, setReason] = useState('');
  const [orderNo, setOrderNo] = useState('');
  const [orderDate, setOrderDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reviewers = users.filter((u) => u.active && holdsReviewPosition(u));
  const label = (u: AdminUser) => `${u.displayName} · ${t('stepper.level', { level: u.level ?? '' })}`;
  const actedFor = mode === 'person' ? (forUserId ? { userId: forUserId } : null) : forLevel ? { level: Number(forLevel) } : null;
  const [refusal] = refusalsOf(users, org.data, actingUserId, actedFor);

  /** The form as the API's body; an empty choice or date stays empty for the schema to name. */
  function bodyOf(): CreateAppointmentBody {
    return {
      actingUserId,
      ...(mode === 'person' ? { forUserId } : { forLevel: Number(forLevel) }),
      startsAt: bangkokInputToIso(startsAt) ?? '',
      endsAt: bangkokInputToIso(endsAt) ?? '',
      reason,
      kind,
      orderNo,
      orderDate,
    };
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkedAppointment(bodyOf(), t, lang);
    const problemNow = 'problem' in checked ? checked.problem : refusal ? errorMessage(refusal, lang) : null;
    setProblem(problemNow);
    if (problemNow === null && 'body' in checked) create.mutate(checked.body, { onSuccess: onDone });
  }

  return (
    <form className="card admin-form" onSubmit={onSubmit} noValidate aria-labelledby="new-appointment-title" data-testid="appointment-form">
      <h2 id="new-appointment-title">{t('admin.appointments.createTitle')}</h2>
      <Field id="appointment-acting" label={t('admin.appointments.acting')} required>
        <select
          id="appointment-acting"
          data-testid="appointment-acting"
          value={actingUserId}
          onChange={(e) => setActingUserId(e.target.value)}
        >
          <option value="">{t('admin.appointments.choosePerson')}</option>
          {reviewers.map((u) => (
            <option key={u.id} value={u.id}>
              {label(u)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="fieldset">
        <legend>{t('admin.appointments.kind')}</legend>
        <div className="type-choice">
          {ACTING_KINDS.map((k) => (
            <label key={k} className={kind === k ? 'radio-card radio-card-on' : 'radio-card'}>
              <input
                type="radio"
                name="appointment-kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
                data-testid={`appointment-kind-${k}`}
              />
              <span>{t(`admin.appointments.kinds.${k}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('admin.appointments.mode')}</legend>
        <div className="type-choice">
          {(['person', 'level'] as const).map((m) => (
            <label key={m} className={mode === m ? 'radio-card radio-card-on' : 'radio-card'}>
              <input
                type="radio"
                name="appointment-mode"
                value={m}
                checked={mode === m}
                onChange={() => setMode(m)}
                data-testid={`appointment-mode-${m}`}
              />
              <span>{m === 'person' ? t('admin.appointments.forUser') : t('admin.appointments.forLevel')}</span>
            </label>
          ))}
        </div>
        {mode === 'person' ? (
          <Field id="appointment-for-user" label={t('admin.appointments.forUser')} required>
            <select
              id="appointment-for-user"
              data-testid="appointment-for-user"
              value={forUserId}
              onChange={(e) => setForUserId(e.target.value)}
            >
              <option value="">{t('admin.appointments.choosePerson')}</option>
              {reviewers
                .filter((u) => u.id !== actingUserId)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {label(u)}
                  </option>
                ))}
            </select>
          </Field>
        ) : (
          <Field id="appointment-for-level" label={t('admin.appointments.forLevel')} required>
            <select
              id="appointment-for-level"
              data-testid="appointment-for-level"
              value={forLevel}
              onChange={(e) => setForLevel(e.target.value)}
            >
              <option value="">{t('admin.appointments.chooseLevel')}</option>
              {ACTING_AT_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t('admin.appointments.forLevelValue', { level, title: isLevel(level) ? LEVEL_TITLES[level][lang] : '' })}
                </option>
              ))}
            </select>
          </Field>
        )}
        {refusal ? (
          <p className="notice notice-warning" role="status" data-testid="appointment-refusal">
            {errorMessage(refusal, lang)}
          </p>
        ) : null}
      </fieldset>
      <div className="grid-2">
        <Field
          id="appointment-order-no"
          label={t('admin.appointments.orderNo')}
          hint={t('admin.appointments.orderNoHint')}
          required
          limit={{ text: orderNo, max: APPOINTMENT_ORDER_NO_MAX }}
        >
          <input
            id="appointment-order-no"
            data-testid="appointment-order-no"
            type="text"
            value={orderNo}
            onChange={(e) => setOrderNo(e.target.value)}
            aria-describedby="appointment-order-no-hint"
          />
        </Field>
        <Field
          id="appointment-order-date"
          label={t('admin.appointments.orderDate')}
          hint={
            orderDate
              ? t('admin.appointments.orderDateShown', { date: formatThaiCalendarDate(orderDate, lang) })
              : t('admin.appointments.orderDateHint')
          }
          required
        >
          <ThaiDateInput
            id="appointment-order-date"
            testId="appointment-order-date"
            label={t('admin.appointments.orderDate')}
            value={orderDate}
            onChange={setOrderDate}
            aria-describedby="appointment-order-date-hint"
          />
        </Field>
      </div>
      <div className="grid-2">
        <Field id="appointment-starts" label={t('admin.appointments.startsAt')} hint={t('admin.appointments.timeHint')} required>
          <ThaiDateTimeInput
            id="appointment-starts"
            testId="appointment-starts"
            label={t('admin.appointments.startsAt')}
            value={startsAt}
            onChange={setStartsAt}
            aria-describedby="appointment-starts-hint"
          />
        </Field>
        <Field id="appointment-ends" label={t('admin.appointments.endsAt')} hint={t('admin.appointments.timeHint')} required>
          <ThaiDateTimeInput
            id="appointment-ends"
            testId="appointment-ends"
            label={t('admin.appointments.endsAt')}
            value={endsAt}
            onChange={setEndsAt}
            aria-describedby="appointment-ends-hint"
          />
        </Field>
      </div>
      <Field id="appointment-reason" label={t('admin.appointments.reason')} required limit={{ text: reason, max: APPOINTMENT_REASON_MAX }}>
        <textarea
          id="appointment-reason"
          data-testid="appointment-reason"
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      {problem ? (
        <p className="notice notice-error" role="alert" data-testid="admin-error">
          {problem}
        </p>
      ) : null}
      {create.isError ? <FormProblem error={create.error} /> : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={create.isPending} data-testid="appointment-submit">
          {create.isPending ? t('admin.saving') : t('admin.appointments.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}
