// The console's shell: sign-in with a token (kept in this tab's session storage, never in a
// URL), the caller's role from the API, and the pages by hash route (#/alerts, #/investigate/…).
import { useEffect, useState } from 'react';
import { type Role, call, setToken, token } from './api';
import { Overview } from './pages/Overview';
import { Alerts } from './pages/Alerts';
import { Investigate } from './pages/Investigate';
import { Search } from './pages/Search';
import { Rules } from './pages/Rules';
import { SignIn } from './pages/SignIn';

export interface Caller {
  name: string;
  role: Role;
}

const PAGES = [
  ['overview', 'Overview'],
  ['alerts', 'Alerts'],
  ['investigate', 'Investigate'],
  ['search', 'Search'],
  ['rules', 'Rules'],
] as const;

function useRoute(): string[] {
  const read = () =>
    (location.hash.replace(/^#\/?/, '') || 'overview').split('/').map(decodeURIComponent);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const on = () => setRoute(read());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

export function App() {
  const [caller, setCaller] = useState<Caller | null>(null);
  const [checking, setChecking] = useState(token() !== null);
  const route = useRoute();
  useEffect(() => {
    if (token() === null) return;
    call<Caller>('GET', '/v1/whoami')
      .then(setCaller)
      .catch(() => setToken(null))
      .finally(() => setChecking(false));
  }, []);
  if (checking) return <main aria-busy="true" />;
  if (!caller) return <SignIn onSignedIn={setCaller} />;
  const page = route[0] ?? 'overview';
  return (
    <>
      <header className="bar">
        <span className="brand">Vigil</span>
        <nav aria-label="Pages">
          <ul>
            {PAGES.map(([id, label]) => (
              <li key={id}>
                <a href={`#/${id}`} aria-current={page === id ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <span className="who">
          {caller.name} ({caller.role}){' '}
          <button
            type="button"
            onClick={() => {
              setToken(null);
              setCaller(null);
            }}
          >
            Sign out
          </button>
        </span>
      </header>
      <main>
        {page === 'overview' && <Overview />}
        {page === 'alerts' && <Alerts caller={caller} />}
        {page === 'investigate' && <Investigate processUid={route[1]} />}
        {page === 'search' && <Search />}
        {page === 'rules' && <Rules caller={caller} />}
      </main>
    </>
  );
}
