// The routes: the login page stands alone; everything else sits in the signed-in layout.
import { Navigate, createBrowserRouter, RouterProvider } from 'react-router';
import { AdminLayout } from '../features/admin/admin-layout';
import { AppointmentsPage } from '../features/admin/appointments/appointments-page';
import { AuditPage } from '../features/admin/audit/audit-page';
import { HolidaysPage } from '../features/admin/holidays/holidays-page';
import { RulesPage } from '../features/admin/rules/rules-page';
import { UnitsPage } from '../features/admin/units/units-page';
import { UsersPage } from '../features/admin/users/users-page';
import { VerifyPage } from '../features/admin/verify/verify-page';
import { LoginPage } from '../features/auth/login-page';
import { HomePage } from '../features/inbox/home-page';
import { NewRequestPage } from '../features/requests/pages/new-request-page';
import { RequestListPage } from '../features/requests/pages/request-list-page';
import { RequestPage } from '../features/requests/pages/request-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RequireSession } from './require-session';

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
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
          { path: 'audit', element: <AuditPage /> },
          { path: 'verify', element: <VerifyPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
