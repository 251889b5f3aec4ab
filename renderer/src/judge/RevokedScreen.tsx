import { formatPoints } from '../../../shared/domain/points';
import { isUnsent, unsentCount } from '../../../shared/lan/deviceMarks';
import { compareEntryNo } from '../../../shared/scoring/entryOrder';
import type { SyncState } from './deviceSync';
import { useJudgeI18n } from './judgeI18n';
import { LanguageButton } from './LanguageButton';

/**
 * The head table refused this device's token: it stops sending, says so, and says that what it
 * did not send is still here (the USB route, or the scorekeeper's call).
 */
export function RevokedScreen(props: { state: SyncState; onPairAgain: () => void }) {
  const { t, pick } = useJudgeI18n();
  const { pairing, marks, judgeFile } = props.state;
  const unsent = unsentCount(marks.values());
  // What it could not send, written out so that it can be entered again elsewhere.
  const criterionName = (track: string, code: string) => {
    const found = judgeFile?.tracks
      .find((x) => x.code === track)
      ?.segments.flatMap((s) => s.criteria)
      .find((c) => c.code === code);
    return found ? pick(found.name) : code;
  };
  const entryName = (id: number) => judgeFile?.entries.find((e) => e.id === id)?.name ?? '';
  const kept = [...marks.values()]
    .filter(isUnsent)
    .map((k) => k.mark)
    .sort((a, b) => compareEntryNo(a.entryNo, b.entryNo) || a.criterion.localeCompare(b.criterion));
  const refused = pairing?.refused;
  const replaced = refused === 'lan.deviceReplaced';
  const explain = replaced
    ? 'judgePage.replacedExplain'
    : refused === 'lan.deviceRevoked'
      ? 'judgePage.revokedExplain'
      : 'judgePage.notPairedAgain';
  return (
    <div className="judge-page">
      <header className="judge-bar">
        <span className="brand">{t('app.name')}</span>
        <span className="judge-name">{pairing?.judge.name}</span>
        <span className="spacer" />
        <LanguageButton />
      </header>
      <main className="stopped" role="alert">
        <h1>{t(replaced ? 'judgePage.replacedTitle' : 'judgePage.revokedTitle')}</h1>
        <p>{t(explain)}</p>
        <p className={unsent > 0 ? 'kept' : undefined}>
          {unsent > 0
            ? t('judgePage.revokedKept', { count: unsent })
            : t(replaced ? 'judgePage.replacedNothingLeft' : 'judgePage.revokedNothingLeft')}
        </p>
        {kept.length > 0 && (
          <table className="kept-list">
            <caption>{t('judgePage.keptListTitle')}</caption>
            <tbody>
              {kept.map((m) => (
                <tr key={`${m.entryId}:${m.criterion}`}>
                  <td>
                    {m.entryNo} {entryName(m.entryId)}
                  </td>
                  <td>{criterionName(m.track, m.criterion)}</td>
                  <td className="num">{m.value === null ? '—' : formatPoints(m.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <button type="button" onClick={props.onPairAgain}>
          {t('judgePage.pairAgain')}
        </button>
      </main>
    </div>
  );
}
