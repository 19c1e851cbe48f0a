import { type FormEvent, useState } from 'react';
import { ApiError, call, setToken } from '../api';
import type { Caller } from '../App';

export function SignIn({ onSignedIn }: { onSignedIn: (c: Caller) => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setToken(value.trim());
    try {
      onSignedIn(await call<Caller>('GET', '/v1/whoami'));
    } catch (err) {
      setToken(null);
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  return (
    <main className="signin">
      <h1>Vigil console</h1>
      <form onSubmit={(e) => void submit(e)}>
        <label htmlFor="token">API token</label>
        <input
          id="token"
          type="password"
          autoComplete="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          required
        />
        <button type="submit">Sign in</button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
      <p className="hint">
        The local admin token is in the data directory's admin.token; tokens with fewer rights: POST
        /v1/tokens.
      </p>
    </main>
  );
}
