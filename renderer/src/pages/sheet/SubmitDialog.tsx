import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/I18nProvider';
import type { CellTarget } from './SheetTable';
import type { BlankRow } from './sheetBlanks';

const SHOWN = 30;

/**
 * 提交 asks first, and lists every contestant still with a blank (blank is not zero: it stays
 * unscored at the head table). A line takes the judge to that cell.
 */
export function SubmitDialog(props: {
  open: boolean;
  blanks: BlankRow[];
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  onGoTo: (target: CellTarget) => void;
}) {
  const { t, pick, language } = useI18n();
  const { blanks } = props;
  const cells = blanks.reduce((sum, row) => sum + row.criteria.length, 0);
  return (
    <ConfirmDialog
      open={props.open}
      title={
        cells > 0
          ? t('sheetScreen.blanksTitle', { cells, rows: blanks.length })
          : t('sheetScreen.confirmTitle')
      }
      confirmLabel={cells > 0 ? t('sheetScreen.submitAnyway') : t('sheetScreen.submit')}
      busy={props.busy}
      onConfirm={props.onSubmit}
      onCancel={props.onCancel}
    >
      {/* The list is drawn when asked for, not with every mark the sheet saves. */}
      {!props.open ? null : cells > 0 ? (
        <>
          <p>{t('sheetScreen.blanksExplain')}</p>
          <ul className="blank-list">
            {blanks.slice(0, SHOWN).map((row) => (
              <li key={row.entryId}>
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    props.onGoTo({ entryId: row.entryId, criterion: row.criteria[0]!.code })
                  }
                >
                  {row.no} {row.name}
                </button>
                {t('sheetScreen.blankCriteria', {
                  criteria: listOf(
                    language,
                    row.criteria.map((c) => pick(c.name)),
                  ),
                })}
              </li>
            ))}
          </ul>
          {blanks.length > SHOWN && (
            <p className="muted">{t('sheetScreen.blanksMore', { count: blanks.length - SHOWN })}</p>
          )}
        </>
      ) : (
        <p>{t('sheetScreen.confirmExplain')}</p>
      )}
    </ConfirmDialog>
  );
}

/** 科学性、演示效果和安全与规范 / accuracy, staging, and safety: each language's own list. */
function listOf(language: string, names: string[]): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}
