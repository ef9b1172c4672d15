// Home by role: a budget unit's requests by where they stand; a reviewer's inbox; and for levels 4–8 and
// administrators, a way into the overview. Invited users also see the satisfaction survey's prompt.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isReviewer, isUnitUser, seesOverview, useSessionUser } from '../../lib/session';
import { SchedulerWarning } from '../../lib/scheduler-warning';
import { SurveyPrompt } from '../../lib/survey-prompt';
import { ReviewerHome } from './reviewer-home';
import { UnitHome } from './unit-home';

function OverviewCard() {
  const { t } = useTranslation();
  return (
    <section className="card overview-card" aria-labelledby="overview-card-title" data-testid="overview-card">
      <h2 id="overview-card-title">{t('home.overviewTitle')}</h2>
      <p className="muted">{t('home.overviewIntro')}</p>
      <Link className="button" to="/overview" data-testid="open-overview">
        {t('home.openOverview')}
      </Link>
    </section>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  if (isUnitUser(user)) {
    return (
      <>
        <SurveyPrompt />
        <UnitHome />
      </>
    );
  }
  if (isReviewer(user)) {
    return (
      <>
        <SurveyPrompt />
        <ReviewerHome />
        {seesOverview(user) ? <OverviewCard /> : null}
      </>
    );
  }
  return (
    <>
      {user?.isAdmin ? <SchedulerWarning /> : null}
      <section className="card">
        <h1>{t('inbox.adminTitle')}</h1>
        <p>{t('inbox.adminIntro')}</p>
        <Link className="button" to="/requests">
          {t('inbox.viewAll')}
        </Link>
      </section>
      {seesOverview(user) ? <OverviewCard /> : null}
    </>
  );
}
