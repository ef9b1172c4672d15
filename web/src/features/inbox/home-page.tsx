// Home by the pages the server lets the user open: a budget unit's requests by where they stand; a reviewer's inbox;
// and a way into the overview for whoever may open it. Invited users also see the satisfaction survey's prompt.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePages } from '../../lib/session';
import { SchedulerWarning } from '../../lib/scheduler-warning';
import { SurveyPrompt } from '../../lib/survey-prompt';
import { RouteNotice } from '../../lib/route-notice';
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
  const pages = usePages();
  if (pages.newRequest) {
    return (
      <>
        <UnitHome after={<SurveyPrompt />} />
      </>
    );
  }
  if (pages.reviewInbox) {
    return (
      <>
        <RouteNotice />
        {/* The work comes first: on a phone the first screen shows work items, the survey's invitation after them. */}
        <ReviewerHome
          after={
            <>
              <SurveyPrompt />
              {pages.overview ? <OverviewCard /> : null}
            </>
          }
        />
      </>
    );
  }
  return (
    <>
      {pages.administration ? <SchedulerWarning /> : null}
      <section className="card">
        <h1>{t('inbox.adminTitle')}</h1>
        <p>{t('inbox.adminIntro')}</p>
        <Link className="button" to="/requests">
          {t('inbox.viewAll')}
        </Link>
      </section>
      {pages.overview ? <OverviewCard /> : null}
    </>
  );
}
