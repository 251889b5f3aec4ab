import { useI18n } from '../i18n/I18nProvider';

/** The last cell of an editable row: delete, and edit where the row opens a form. */
export function RowActions(props: {
  onDelete: () => void;
  onEdit?: () => void;
  canDelete?: boolean;
}) {
  const { t } = useI18n();
  return (
    <td className="row-actions">
      {props.onEdit && (
        <button type="button" className="quiet" onClick={props.onEdit}>
          {t('action.edit')}
        </button>
      )}
      <button
        type="button"
        className="quiet"
        disabled={props.canDelete === false}
        onClick={props.onDelete}
      >
        {t('action.delete')}
      </button>
    </td>
  );
}
