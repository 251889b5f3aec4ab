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
      setErrors([]);
      return true;
    } catch (error) {
      setErrors(toErrors(error));
      return false;
    }
  }, []);
  return { errors, setErrors, run };
}
