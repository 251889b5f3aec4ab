import type { PanelView } from '../../../../shared/api/seating';
import type { Entry, Recusal } from '../../../../shared/domain/people';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * Entries × scoring judges: a tick is a recusal. The grid scrolls inside its own box so the
 * judges' row and the entries' columns stay in view (9 judges × 60 entries on a 1366×768 laptop).
 */
export function RecusalGrid(props: {
  panel: PanelView;
  entries: Entry[];
  recusal: (judgeId: number, entryId: number) => Recusal | undefined;
  reasonText: (r: Recusal) => string;
  onToggle: (judgeId: number, entry: Entry) => void;
}) {
  const { t } = useI18n();
  const { panel, entries } = props;
  return (
    <div className="recusal-grid-scroll" data-testid="recusal-grid">
      <table className="recusal-grid">
        <thead>
          <tr>
            <th className="pin pin-order num">{t('sheetScreen.order')}</th>
            <th className="pin pin-no">{t('roster.no')}</th>
            <th className="pin pin-name">{t('results.name')}</th>
            <th className="pin pin-org">{t('roster.organization')}</th>
            {panel.members.map((m) => (
              <th key={m.judgeId} className="judge-col" data-judge={m.judgeId}>
                <span className="seat">
                  {m.seat === null ? '—' : t('seat.short', { seat: m.seat })}
                </span>
                <span className="judge-name" title={m.name}>
                  {m.name}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-entry={entry.no}>
              <td className="pin pin-order num">{entry.drawOrder ?? ''}</td>
              <td className="pin pin-no">{entry.no}</td>
              <td className="pin pin-name" title={entry.name}>
                {entry.name}
              </td>
              <td className="pin pin-org" title={entry.organization}>
                {entry.organization}
              </td>
              {panel.members.map((m) => {
                const r = props.recusal(m.judgeId, entry.id);
                return (
                  <td
                    key={m.judgeId}
                    className={r ? `mark recused ${r.source}` : 'mark'}
                    title={
                      r &&
                      t(r.source === 'auto' ? 'panels.autoTitle' : 'panels.manualTitle', {
                        reason: props.reasonText(r),
                      })
                    }
                  >
                    <label>
                      <input
                        type="checkbox"
                        aria-label={`${t('panels.recusals')} ${m.name} ${entry.no}`}
                        checked={!!r}
                        onChange={() => props.onToggle(m.judgeId, entry)}
                      />
                      {r && (
                        <span className={`chip ${r.source}`}>
                          {t(r.source === 'auto' ? 'panels.auto' : 'panels.manual')}
                        </span>
                      )}
                    </label>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
