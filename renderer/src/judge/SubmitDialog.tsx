import { useEffect, useRef } from 'react';
import { useJudgeI18n } from './judgeI18n';
import type { BlankEntry } from './judgeSheet';

/**
 * 提交 asks first and lists every contestant still with a blank (blank is not zero), as the
 * desktop sheet does; a contestant in the list takes the judge to that field.
 */
export function SubmitDialog(props: {
  open: boolean;
  blanks: BlankEntry[];
  onSubmit: () => void;
  onCancel: () => void;
  onGoTo: (entryId: number, criterion: string) => void;
}) {
  const { t, pick, list } = useJudgeI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    else if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  const cells = props.blanks.reduce((sum, b) => sum + b.criteria.length, 0);
  return (
    <dialog
      ref={ref}
      className="submit-dialog"
      aria-labelledby="submit-title"
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="submit-title">
        {cells > 0
          ? t('judgePage.blanksTitle', { cells, rows: props.blanks.length })
          : t('judgePage.confirmTitle')}
      </h2>
      {props.open &&
        (cells > 0 ? (
          <>
            <p>{t('judgePage.blanksExplain')}</p>
            <ul className="blank-list">
              {props.blanks.map(({ entry, criteria }) => (
                <li key={entry.id}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => props.onGoTo(entry.id, criteria[0]!.code)}
                  >
                    {entry.no} {entry.name}
                  </button>
                  {t('judgePage.blankCriteria', {
                    criteria: list(criteria.map((c) => pick(c.name))),
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('judgePage.confirmExplain')}</p>
        ))}
      <div className="dialog-actions">
        <button type="button" onClick={props.onCancel}>
          {t('judgePage.cancel')}
        </button>
        <button type="button" className="primary" onClick={props.onSubmit}>
          {cells > 0 ? t('judgePage.submitAnyway') : t('judgePage.submit')}
        </button>
      </div>
    </dialog>
  );
}
