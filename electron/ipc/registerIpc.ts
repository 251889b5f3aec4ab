import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { CallResponse } from '../../shared/api/contract';
import { isAppUrl } from '../navigation';
import { CALL_CHANNEL } from './channel';
import type { Dispatch } from './dispatch';

/** Only a frame showing our own app:// page may call; anything else gets an error value. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && frame !== undefined && isAppUrl(frame.url);
  } catch {
    // A frame that navigated away or was destroyed mid-call is not trusted.
    return false;
  }
}

/**
 * Binds the contract to IPC: sender checked here, name and input validated by dispatch.
 * `dispatchFor` picks another dispatch for some senders (the big screen's window: display only).
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  dispatchFor: (event: IpcMainInvokeEvent) => Dispatch | undefined = () => undefined,
): void {
  ipcMain.handle(
    CALL_CHANNEL,
    async (event, name: unknown, payload: unknown): Promise<CallResponse<never>> => {
      if (!isTrustedSender(event))
        return { ok: false, errors: [{ code: 'error.forbiddenSender' }] };
      if (typeof name !== 'string') {
        return {
          ok: false,
          errors: [{ code: 'error.unknownCall', params: { name: typeof name } }],
        };
      }
      return (dispatchFor(event) ?? dispatch)(name, payload);
    },
  );
}
