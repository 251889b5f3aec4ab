/** The one IPC channel between the preload and the main process: every contract call uses it. */
export const CALL_CHANNEL = 'scoredesk:call';

/** The live feed of the hall network (现场联网评分): the page asks to listen (true) or stops (false). */
export const LIVE_SUBSCRIBE_CHANNEL = 'scoredesk:live:subscribe';
/** The main process sends each live event to a listening page on this channel. */
export const LIVE_EVENT_CHANNEL = 'scoredesk:live:event';
