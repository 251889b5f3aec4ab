import type { AppError } from '../../../shared/errors';
import { useI18n } from '../i18n/I18nProvider';

/** Errors in the user's language, announced to screen readers. */
export function ErrorList({ errors }: { errors: AppError[] }) {
  const { explain } = useI18n();
  if (errors.length === 0) return null;
  return (
    <div className="errors" role="alert">
      <ul>
        {errors.map((error, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: messages may repeat; order is stable
          <li key={i}>{explain(error)}</li>
        ))}
      </ul>
    </div>
  );
}
