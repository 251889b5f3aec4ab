import { useCallback, useState } from 'react';
import type { AppError } from '../../shared/errors';
import { toErrors } from './components/ErrorList';

/**
 * The errors a screen shows, and `run` for its calls: a refused call shows its reasons, a
 * successful one clears them. Resolves to whether the work succeeded.
 */
export function useErrors() {
  const [errors, setErrors] = useState<AppError[]>([]);
  const run = useCallback(async (work: () => Promise<unknown>): Promise<boolean> => {
    try {
      await work();
      // The same empty list when nothing was shown: a sheet saving a mark per keystroke would
      // otherwise redraw itself once more for each.
      setErrors((shown) => (shown.length === 0 ? shown : []));
      return true;
    } catch (error) {
      setErrors(toErrors(error));
      return false;
    }
  }, []);
  return { errors, setErrors, run };
}
