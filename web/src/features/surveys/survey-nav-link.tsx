// The menu entry "แบบประเมินความพึงพอใจ": for a person invited to an open round it leads to that round (the one
// closing soonest, as GET /api/surveys/pending orders them); for an administrator, who is never invited, to the rounds
// page. Nobody else sees it, so the menu never offers a page that would only say "nothing to answer".
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePendingSurveys } from '../../lib/pending-surveys';
import { usePages, useSessionUser } from '../../lib/session';

export function SurveyNavLink() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const pages = usePages();
  const pending = usePendingSurveys(user !== null && !pages.administration);
  const to = pages.administration ? '/admin/surveys' : pending.data?.items[0] ? `/surveys/${pending.data.items[0].id}` : null;
  if (to === null) return null;
  return (
    <NavLink to={to} data-testid="nav-survey">
      {t('surveyHonesty.nav')}
    </NavLink>
  );
}
