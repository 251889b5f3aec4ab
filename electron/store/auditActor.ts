import { AsyncLocalStorage } from 'node:async_hooks';

// Who the audit names for a change: set once per call by whoever knows the caller (the dispatch
// for the window and the host, the command line for its commands), and read where the audit is
// written. It follows the call through its awaits, so two calls that interleave (a merge waiting
// for the worker while a mark is entered) each keep their own.

const actors = new AsyncLocalStorage<string>();

export function asActor<T>(actor: string, work: () => T): T {
  return actors.run(actor, work);
}

/** The caller of the call in progress; outside any call, the organizer at this machine. */
export function currentActor(): string {
  return actors.getStore() ?? 'organizer';
}
