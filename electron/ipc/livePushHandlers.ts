import type { BackendContext, Handlers } from './handlers';

/** The judge's sheet asks how its live delivery to the head table stands (livePush.ts). */
export function livePushHandlers({ livePush }: BackendContext): Pick<Handlers, 'sheet.pushState'> {
  return {
    'sheet.pushState': () => livePush.status(),
  };
}
