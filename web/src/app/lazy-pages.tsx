// Every page but the sign-in page, split into its own chunk with React.lazy: the sign-in page loads none of them, and a
// signed-in page loads only itself (administration, surveys, the overview with its charts and the print views are the
// largest, and most people never open them).
import { lazy } from 'react';
import { admin, home, newRequest, overview, request, requestList } from './page-loaders';

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
export const BudgetCheckPage = lazy(() => admin().then((m) => ({ default: m.BudgetCheckPage })));
export const LineImportPage = lazy(() => admin().then((m) => ({ default: m.LineImportPage })));
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
