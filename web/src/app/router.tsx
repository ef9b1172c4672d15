// The routes: the login page stands alone; everything else sits in the signed-in layout.
import { createBrowserRouter, RouterProvider } from 'react-router';
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
