// Every page but the sign-in page, split into its own chunk with React.lazy: the sign-in page loads none of them, and a
// signed-in page loads only itself (administration, surveys, the overview with its charts and the print views are the
// largest, and most people never open them).
import { lazy, type ComponentType } from 'react';
import { admin, budget, home, newRequest, overview, request, requestList, settings, survey, type PageLoader } from './page-loaders';

/**
 * A page from a chunk: drawn at once when its chunk is already loaded (the page the browser takes over from the server
 * is: start.tsx waits for it, so the whole page is taken over in one go and nothing on it waits behind a Suspense
 * boundary), else through React.lazy.
 */
function page<M>(loader: PageLoader<M>, pick: (module: M) => ComponentType): ComponentType {
  const Lazy = lazy(() => loader().then((module) => ({ default: pick(module) })));
  return function Page() {
    const module = loader.loaded();
    const Loaded = module ? pick(module) : Lazy;
    return <Loaded />;
  };
}

export const HomePage = page(home, (m) => m.HomePage);
export const RequestListPage = page(requestList, (m) => m.RequestListPage);
export const NewRequestPage = page(newRequest, (m) => m.NewRequestPage);
export const RequestPage = page(request, (m) => m.RequestPage);

export const AdminLayout = page(admin, (m) => m.AdminLayout);
export const UsersPage = page(admin, (m) => m.UsersPage);
export const UnitsPage = page(admin, (m) => m.UnitsPage);
export const AppointmentsPage = page(admin, (m) => m.AppointmentsPage);
export const RulesPage = page(admin, (m) => m.RulesPage);
export const HolidaysPage = page(admin, (m) => m.HolidaysPage);
export const TargetsPage = page(admin, (m) => m.TargetsPage);
export const AuditPage = page(admin, (m) => m.AuditPage);
export const VerifyPage = page(admin, (m) => m.VerifyPage);
export const SchedulerPage = page(admin, (m) => m.SchedulerPage);
export const ImportsPage = page(admin, (m) => m.ImportsPage);
export const BudgetCheckPage = page(admin, (m) => m.BudgetCheckPage);
export const LineImportPage = page(admin, (m) => m.LineImportPage);
const surveysAdmin = () => import('../features/surveys-admin/survey-admin-pages');
export const SurveyRoundsPage = lazy(() => surveysAdmin().then((m) => ({ default: m.SurveyRoundsPage })));
export const SurveyRoundFormPage = lazy(() => surveysAdmin().then((m) => ({ default: m.SurveyRoundFormPage })));
export const SurveyResultsPage = lazy(() => surveysAdmin().then((m) => ({ default: m.SurveyResultsPage })));
export const SurveyComparePage = lazy(() => surveysAdmin().then((m) => ({ default: m.SurveyComparePage })));
export const SurveySummaryPrintPage = lazy(() => surveysAdmin().then((m) => ({ default: m.SurveySummaryPrintPage })));
export const SurveyPage = page(survey, (m) => m.SurveyPage);
export const OverviewPage = page(overview, (m) => m.OverviewPage);
export const PrintRequestPage = lazy(() =>
  import('../features/requests/print/print-request-page').then((m) => ({ default: m.PrintRequestPage })),
);
export const CouncilReportPage = lazy(() =>
  import('../features/council-report/council-report-page').then((m) => ({ default: m.CouncilReportPage })),
);
export const SettingsPage = page(settings, (m) => m.SettingsPage);
export const WebhooksPage = page(admin, (m) => m.WebhooksPage);
export const BudgetReportPage = page(budget, (m) => m.BudgetReportPage);
export const BudgetLinePage = page(budget, (m) => m.BudgetLinePage);
