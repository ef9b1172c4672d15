// The routes, one list for the browser's router (router.tsx) and the server's first render (entry-server.tsx): the login
// page stands alone; the print views (a request, a survey summary, the Council report) have the session but no shell; everything else sits in the signed-in layout. Administration, surveys, the overview and the print
// views load lazily (app/lazy-pages.tsx), and so does every page behind the sign-in, so the sign-in page loads only itself.
import { Suspense, type ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/login-page';
import { Loading } from '../lib/query-state';
import { Layout } from './layout';
import {
  AdminLayout,
  AppointmentsPage,
  AuditPage,
  BudgetCheckPage,
  BudgetLinePage,
  BudgetReportPage,
  CouncilReportPage,
  HolidaysPage,
  HomePage,
  ImportsPage,
  LineImportPage,
  NewRequestPage,
  OverviewPage,
  PrintRequestPage,
  RequestListPage,
  RequestPage,
  RulesPage,
  SchedulerPage,
  SettingsPage,
  SurveyComparePage,
  SurveyPage,
  SurveyResultsPage,
  SurveyRoundFormPage,
  SurveyRoundsPage,
  SurveySummaryPrintPage,
  TargetsPage,
  UnitsPage,
  UsersPage,
  VerifyPage,
  WebhooksPage,
} from './lazy-pages';
import { NotFoundPage } from './not-found-page';
import { RequireSession } from './require-session';

/** A page with the session but no shell (a print view): its own loading line while its chunk arrives. */
function standalone(page: ReactNode) {
  return (
    <RequireSession>
      <Suspense
        fallback={
          <main className="page">
            <Loading />
          </main>
        }
      >
        {page}
      </Suspense>
    </RequireSession>
  );
}

export const appRoutes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/requests/:id/print',
    element: standalone(<PrintRequestPage />),
  },
  {
    path: '/admin/surveys/:roundId/summary',
    element: standalone(<SurveySummaryPrintPage />),
  },
  {
    path: '/reports/council',
    element: standalone(<CouncilReportPage />),
  },
  {
    element: (
      <RequireSession>
        <Layout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'requests', element: <RequestListPage /> },
      { path: 'requests/new', element: <NewRequestPage /> },
      { path: 'requests/:id', element: <RequestPage /> },
      { path: 'overview', element: <OverviewPage /> },
      { path: 'surveys/:roundId', element: <SurveyPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'budget', element: <BudgetReportPage /> },
      { path: 'budget/lines/:id', element: <BudgetLinePage /> },
      {
        path: 'admin',
        element: <AdminLayout />,
        children: [
          { index: true, element: <Navigate to="users" replace /> },
          { path: 'users', element: <UsersPage /> },
          { path: 'units', element: <UnitsPage /> },
          { path: 'appointments', element: <AppointmentsPage /> },
          { path: 'rules', element: <RulesPage /> },
          { path: 'holidays', element: <HolidaysPage /> },
          { path: 'targets', element: <TargetsPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: 'verify', element: <VerifyPage /> },
          { path: 'scheduler', element: <SchedulerPage /> },
          { path: 'imports', element: <ImportsPage /> },
          { path: 'budget-check', element: <BudgetCheckPage /> },
          { path: 'budget-import', element: <LineImportPage /> },
          { path: 'webhooks', element: <WebhooksPage /> },
          { path: 'surveys', element: <SurveyRoundsPage /> },
          { path: 'surveys/new', element: <SurveyRoundFormPage /> },
          { path: 'surveys/compare', element: <SurveyComparePage /> },
          { path: 'surveys/:roundId', element: <SurveyRoundFormPage /> },
          { path: 'surveys/:roundId/results', element: <SurveyResultsPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
