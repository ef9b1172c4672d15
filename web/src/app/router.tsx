// The browser's router over the app's routes (routes.tsx). Made when this module loads, which happens only in the
// browser: the server renders the first page with a static router over the same routes (entry-server.tsx).
import { createBrowserRouter, RouterProvider } from 'react-router';
import { appRoutes } from './routes';

const router = createBrowserRouter(appRoutes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
