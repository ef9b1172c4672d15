// Installs the service worker (web/service-worker/sw.js) once the page has loaded, so it never competes with the
// first screen for the network. Only in a build: the development server has no sw.js.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // No worker (a private window, an old browser): the app works as before, only without the offline page.
    });
  };
  // The app starts after its first paint (main.tsx), which can be after the page's load event has already fired.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}
