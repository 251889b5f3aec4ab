import { useCallback, useRef, useState } from 'react';
import type { AppError } from '../../shared/errors';
import { ApiError } from './api/client';

export interface RunOptions {
  /** Shows `busy` while the work runs (a button that must not be pressed twice). */
  busy?: boolean;
  /**
   * Refusals the screen answers itself (a warning that asks before going on): return true when
   * it has, and they are not shown as errors.
   */
  answer?: (errors: AppError[]) => boolean;
}

/**
 * A screen's calls and what they say: `run` does the work, shows a refusal's reasons in the
 * user's language (with ErrorList) and clears them after a success; it resolves to whether the
 * work succeeded. The one place components catch what a call throws.
 */
export function useCall() {
  const [errors, setErrors] = useState<AppError[]>([]);
  const [busy, setBusy] = useState(false);
  const running = useRef(0);
  const run = useCallback(
    async (work: () => Promise<unknown>, options: RunOptions = {}): Promise<boolean> => {
      if (options.busy) {
        running.current += 1;
        setBusy(true);
      }
      try {
        await work();
        // The same empty list when nothing was shown: a sheet saving a mark per keystroke would
        // otherwise redraw itself once more for each.
        setErrors((shown) => (shown.length === 0 ? shown : []));
        return true;
      } catch (error) {
        const refused = toErrors(error);
        if (!options.answer?.(refused)) setErrors(refused);
        return false;
      } finally {
        if (options.busy) {
          running.current -= 1;
          if (running.current === 0) setBusy(false);
        }
      }
    },
    [],
  );
  return { errors, setErrors, run, busy };
}

/** Anything a call threw, as errors to show. */
function toErrors(error: unknown): AppError[] {
  if (error instanceof ApiError) return error.errors;
  return [{ code: 'error.unexpected', params: { detail: String(error) } }];
}
