/** The one IPC channel between the preload and the main process: every contract call uses it. */
export const CALL_CHANNEL = 'scoredesk:call';
