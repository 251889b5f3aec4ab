import { isCallName } from '../../shared/api/contract';
import { displayMayCall } from '../../shared/api/roles';
import { type Caller, createDispatch, type Dispatch } from './dispatch';
import type { Handlers } from './handlers';

const displayCaller: Caller = {
  roles: ['display'],
  actor: 'display',
  holds: { zh: '亮分屏（只能显示已发布的成绩）', en: 'the big screen (released results only)' },
};

/**
 * The big screen's dispatch: the display role whatever is open at the head table, and only the
 * calls that name it. The window's own dispatch lets anyone make the 'anyone' calls (open a
 * competition, change the settings); a display token must not.
 */
export function createDisplayDispatch(handlers: Handlers): Dispatch {
  const dispatch = createDispatch(handlers, () => displayCaller);
  return async (name, payload) => {
    if (!isCallName(name) || !displayMayCall(name)) {
      return {
        ok: false,
        errors: [{ code: 'error.notAllowed', params: { holds: displayCaller.holds } }],
      };
    }
    return dispatch(name, payload);
  };
}
