// In a browser, the local host's token arrives in the address ScoreDesk printed. It is kept in
// this origin's sessionStorage, which no other port of 127.0.0.1 can read (a cookie would be sent
// to all of them), and taken out of the address bar at once.

const KEY = 'scoredesk-token';

export function hostToken(): string | null {
  const url = new URL(window.location.href);
  const given = url.searchParams.get('token');
  if (given) {
    window.sessionStorage.setItem(KEY, given);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url);
  }
  return window.sessionStorage.getItem(KEY);
}
