// Every page but the sign-in page, split into its own chunk with React.lazy: the sign-in page loads none of them, and a
// signed-in page loads only itself (administration, surveys, the overview with its charts and the print views are the
// largest, and most people never open them).
import { lazy } from 'react';

const home = () => import('../features/inbox/home-page');
const requestList = () => import('../features/requests/pages/request-list-page');
const newRequest = () => import('../features/requests/pages/new-request-page');
const request = () => import('../features/requests/pages/request-page');
const overview = () => import('../features/overview/overview-page');
const admin = () => import('../features/admin/admin-pages');

export const HomePage = lazy(() => home().then((m) => ({ default: m.HomePage })));
export const RequestListPage = lazy(() => requestList().then((m) => ({ default: m.RequestListPage })));
export const NewRequestPage = lazy(() => newRequest().then((m) => ({ default: m.NewRequestPage })));
export const RequestPage = lazy(() => request().then((m) => ({ default: m.RequestPage })));

export const AdminLayout = lazy(() => admin().then((m) => ({ default: m.AdminLayout })));
export const UsersPage = lazy(() => admin().then((m) => ({ default: m.UsersPage })));
export const UnitsPage = lazy(() => admin().then((m) => ({ default: m.UnitsPage })));
export const AppointmentsPage = lazy(() => admin().then((m) => ({ default: m.AppointmentsPage })));
export const RulesPage = lazy(() => admin().then((m) => ({ default: m.RulesPage })));
export const HolidaysPage = lazy(() => admin().then((m) => ({ default: m.HolidaysPage })));
export const TargetsPage = lazy(() => admin().then((m) => ({ default: m.TargetsPage })));
export const AuditPage = lazy(() => admin().then((m) => ({ default: m.AuditPage })));
export const VerifyPage = lazy(() => admin().then((m) => ({ default: m.VerifyPage })));
export const SchedulerPage = lazy(() => admin().then((m) => ({ default: m.SchedulerPage })));
export const ImportsPage = lazy(() => admin().then((m) => ({ default: m.ImportsPage })));
const surveysAdmin = () => import('../features/surveys-admin/survey-admin-pages');
export const SurveyRoundsPage = lazy(() => surveysAdmin().then((m) => ({ default: m.SurveyRoundsPage })));
export const SurveyRoundFormPage = lazy(() => surveysAdmin().then((m) => ({ default: m.SurveyRoundFormPage })));
export const SurveyResultsPage = lazy(() => surveysAdmin().then((m) => ({ default: m.SurveyResultsPage })));
export const SurveyComparePage = lazy(() => surveysAdmin().then((m) => ({ default: m.SurveyComparePage })));
export const SurveySummaryPrintPage = lazy(() => surveysAdmin().then((m) => ({ default: m.SurveySummaryPrintPage })));
export const SurveyPage = lazy(() => import('../features/surveys/survey-page').then((m) => ({ default: m.SurveyPage })));
export const OverviewPage = lazy(() => overview().then((m) => ({ default: m.OverviewPage })));
export const PrintRequestPage = lazy(() =>
  import('../features/requests/print/print-request-page').then((m) => ({ default: m.PrintRequestPage })),
);
export const CouncilReportPage = lazy(() =>
  import('../features/council-report/council-report-page').then((m) => ({ default: m.CouncilReportPage })),
);
export const SettingsPage = lazy(() => import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })));
export const WebhooksPage = lazy(() => admin().then((m) => ({ default: m.WebhooksPage })));

/** The pages people open first, by their address: the ones worth fetching before the session check has answered. */
const FIRST_PAGES: readonly [RegExp, () => Promise<unknown>][] = [
  [/^\/$/, home],
  [/^\/requests\/?$/, requestList],
  [/^\/requests\/new\/?$/, newRequest],
  [/^\/requests\/[^/]+\/?$/, request],
  [/^\/overview\/?$/, overview],
  [/^\/admin(\/|$)/, admin],
];

/**
 * Starts fetching the page at this address at once, while the session is still being checked: otherwise its chunk is
 * asked for only once the check answers and the route renders, one more round trip before a phone shows anything. The
 * module system keeps the promise, so React.lazy then finds it loaded. A failure here is left for the lazy route to
 * meet and report.
 */
export function preloadPageOf(pathname: string): void {
  const match = FIRST_PAGES.find(([pattern]) => pattern.test(pathname));
  match?.[1]().catch(() => undefined);
}
