// The big screen's address carries a display-only token in its fragment (never sent to a
// server): it is kept in this tab's sessionStorage under the key the API client reads, and taken
// out of the address bar at once. Imported before the client, so the client finds it.

const KEY = 'scoredesk-token';

const given = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('display');
if (given) {
  window.sessionStorage.setItem(KEY, given);
  window.history.replaceState(null, '', window.location.pathname);
}
