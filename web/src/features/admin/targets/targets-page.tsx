// Administration › Time targets: working days per review level for the office, and per request type where it differs.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LEVEL_TARGET_DAYS, REQUEST_TYPES, REQUEST_TYPE_NAMES, TARGET_LEVEL_KEYS } from '@bmrts/shared';
import type { LevelTargetsBody, RequestType } from '@bmrts/shared';
import { ErrorNotice, Loading } from '../../../lib/query-state';
import { useLang } from '../../../lib/use-lang';
import { useAdminLevelTargets, useSaveLevelTargets } from '../api/targets';
import { FormProblem, SavedNotice } from '../components/form-problem';

type LevelKey = (typeof TARGET_LEVEL_KEYS)[number];
type Column = 'office' | RequestType;
/** What the administrator typed, per column and level; '' in a type's column means the office's value. */
type Draft = Record<Column, Record<LevelKey, string>>;

function draftOf(body: LevelTargetsBody): Draft {
  const column = (days: Partial<Record<LevelKey, number>> | undefined) =>
    Object.fromEntries(TARGET_LEVEL_KEYS.map((k) => [k, days?.[k] === undefined ? '' : String(days[k])])) as Record<LevelKey, string>;
  return {
    office: column(body.default),
    allotment: column(body.byType.allotment),
    transfer: column(body.byType.transfer),
    central_fund: column(body.byType.central_fund),
  };
}

/** Numbers as typed (the server checks them: whole days 1–60, with the reason in the user's language). */
function bodyOf(draft: Draft): LevelTargetsBody {
  const typed = (column: Column) =>
    Object.fromEntries(TARGET_LEVEL_KEYS.flatMap((k) => (draft[column][k].trim() === '' ? [] : [[k, Number(draft[column][k])]])));
  const byType: LevelTargetsBody['byType'] = {};
  for (const type of REQUEST_TYPES) {
    const days = typed(type);
    if (Object.keys(days).length > 0) byType[type] = days;
  }
  return { default: typed('office') as LevelTargetsBody['default'], byType };
}

const DEFAULT_BODY: LevelTargetsBody = {
  default: Object.fromEntries(TARGET_LEVEL_KEYS.map((k) => [k, DEFAULT_LEVEL_TARGET_DAYS[Number(k)] ?? 1])) as LevelTargetsBody['default'],
  byType: {},
};

export function TargetsPage() {
  const { t } = useTranslation();
  const targets = useAdminLevelTargets();
  // Kept here: saving refetches the targets, and the form starts afresh from what the server now holds.
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="admin-targets-title">
      <div className="page-head">
        <div>
          <h1 id="admin-targets-title">{t('admin.sections.targets')}</h1>
          <p className="muted">{t('admin.targets.intro')}</p>
        </div>
      </div>
      {targets.isPending ? <Loading /> : null}
      {targets.isError ? <ErrorNotice error={targets.error} onRetry={() => void targets.refetch()} /> : null}
      {saved ? <SavedNotice text={t('admin.targets.saved')} /> : null}
      {targets.data ? (
        <TargetsForm
          key={JSON.stringify(targets.data)}
          saved={targets.data}
          onSaving={() => setSaved(false)}
          onSaved={() => setSaved(true)}
        />
      ) : null}
    </section>
  );
}

function TargetsForm({ saved, onSaving, onSaved }: { saved: LevelTargetsBody; onSaving: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSaveLevelTargets();
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved));
  const columns: { id: Column; title: string }[] = [
    { id: 'office', title: t('admin.targets.office') },
    ...REQUEST_TYPES.map((type) => ({ id: type, title: REQUEST_TYPE_NAMES[type][lang] })),
  ];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSaving();
    save.mutate(bodyOf(draft), { onSuccess: onSaved });
  }

  const set = (column: Column, level: LevelKey, value: string) => setDraft((d) => ({ ...d, [column]: { ...d[column], [level]: value } }));

  return (
    <form className="card" onSubmit={onSubmit} data-testid="targets-form">
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t('admin.targets.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.targets.level')}</th>
              {columns.map((c) => (
                <th key={c.id} scope="col">
                  {c.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TARGET_LEVEL_KEYS.map((level) => (
              <tr key={level}>
                <th scope="row">{level}</th>
                {columns.map((c) => (
                  <td key={c.id} data-label={c.title}>
                    <input
                      type="number"
                      min={1}
                      max={60}
                      step={1}
                      inputMode="numeric"
                      className="input-narrow"
                      required={c.id === 'office'}
                      data-testid={`target-${c.id}-${level}`}
                      aria-label={t('admin.targets.inputLabel', { column: c.title, level })}
                      placeholder={c.id === 'office' ? undefined : draft.office[level]}
                      value={draft[c.id][level]}
                      onChange={(e) => set(c.id, level, e.target.value)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small muted">{t('admin.targets.hint')}</p>
      {save.isError ? <FormProblem error={save.error} /> : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="targets-save">
          {save.isPending ? t('admin.saving') : t('admin.targets.save')}
        </button>
        <button type="button" className="button" onClick={() => setDraft(draftOf(DEFAULT_BODY))}>
          {t('admin.targets.reset')}
        </button>
      </div>
    </form>
  );
}
