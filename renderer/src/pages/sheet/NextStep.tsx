import { useI18n } from '../../i18n/I18nProvider';

export interface HandOver {
  /** submitted: 提交 made and kept the file; exported: 导出 made another. */
  kind: 'submitted' | 'exported';
  fileName: string;
  folder: string;
}

/** After 提交 and 导出: what to do next, and which file, where. */
export function NextStep(props: { handOver: HandOver; onClose: () => void }) {
  const { t } = useI18n();
  const { handOver } = props;
  return (
    <section className="next-step" role="status" aria-live="polite">
      <h2>
        {handOver.kind === 'submitted'
          ? t('sheetScreen.doneSubmitted')
          : t('sheetScreen.doneExported')}
      </h2>
      <p className="next-step-main">{t('sheetScreen.handOver')}</p>
      <dl>
        <dt>{t('sheetScreen.fileName')}</dt>
        <dd>
          <code>{handOver.fileName}</code>
        </dd>
        <dt>{t('sheetScreen.folder')}</dt>
        <dd>
          <code>{handOver.folder}</code>
        </dd>
      </dl>
      <p className="muted small">{t('sheetScreen.handOverAgain')}</p>
      <button type="button" className="quiet" onClick={props.onClose}>
        {t('sheetScreen.gotIt')}
      </button>
    </section>
  );
}
