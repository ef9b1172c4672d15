// An analyst's portfolio: the units whose requests they review, as a checklist of every unit.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSavePortfolio } from '../api/users';
import type { AdminUnit, AdminUser } from '../api/types';
import { FormProblem, SavedNotice } from '../components/form-problem';
import { UnitChecklist } from '../components/unit-checklist';

export function PortfolioEditor({ user, units }: { user: AdminUser; units: readonly AdminUnit[] }) {
  const { t } = useTranslation();
  const save = useSavePortfolio();
  const [codes, setCodes] = useState<string[]>(user.portfolio);
  return (
    <div className="admin-subform" data-testid="portfolio-editor">
      <UnitChecklist
        units={units}
        selected={codes}
        onChange={setCodes}
        legend={t('admin.users.portfolioTitle', { name: user.displayName })}
        hint={t('admin.users.portfolioHint')}
        testId="portfolio"
      />
      {save.isError ? <FormProblem error={save.error} /> : null}
      {save.isSuccess ? <SavedNotice text={t('admin.users.portfolioSaved', { n: codes.length })} /> : null}
      <button
        type="button"
        className="button button-primary"
        disabled={save.isPending}
        data-testid="portfolio-save"
        onClick={() => save.mutate({ id: user.id, unitCodes: codes })}
      >
        {save.isPending ? t('admin.saving') : t('admin.users.savePortfolio')}
      </button>
    </div>
  );
}
