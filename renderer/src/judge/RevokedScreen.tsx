import { unsentCount } from '../../../shared/lan/deviceMarks';
import type { SyncState } from './deviceSync';
import { useJudgeI18n } from './judgeI18n';
import { LanguageButton } from './LanguageButton';

/**
 * The head table refused this device's token: it stops sending, says so, and says that what it
 * did not send is still here (the USB route, or the scorekeeper's call).
 */
export function RevokedScreen(props: { state: SyncState; onPairAgain: () => void }) {
  const { t } = useJudgeI18n();
  const { pairing, marks } = props.state;
  const unsent = unsentCount(marks.values());
  const revoked = pairing?.refused === 'lan.deviceRevoked';
  return (
    <div className="judge-page">
      <header className="judge-bar">
        <span className="brand">{t('app.name')}</span>
        <span className="judge-name">{pairing?.judge.name}</span>
        <span className="spacer" />
        <LanguageButton />
      </header>
      <main className="stopped" role="alert">
        <h1>{t('judgePage.revokedTitle')}</h1>
        <p>{revoked ? t('judgePage.revokedExplain') : t('judgePage.notPairedAgain')}</p>
        <p className={unsent > 0 ? 'kept' : undefined}>
          {unsent > 0
            ? t('judgePage.revokedKept', { count: unsent })
            : t('judgePage.revokedNothingLeft')}
        </p>
        <button type="button" onClick={props.onPairAgain}>
          {t('judgePage.pairAgain')}
        </button>
      </main>
    </div>
  );
}
