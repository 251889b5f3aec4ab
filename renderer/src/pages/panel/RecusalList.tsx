import type { PanelView } from '../../../../shared/api/seating';
import type { Entry, Recusal } from '../../../../shared/domain/people';
import { seatedName } from '../../../../shared/panel/seats';
import { useI18n } from '../../i18n/I18nProvider';

/** Every recusal of the track with how it came and why, readable without hovering (and printed). */
export function RecusalList(props: {
  panel: PanelView;
  entries: Entry[];
  recusals: Recusal[];
  reasonText: (r: Recusal) => string;
}) {
  const { t, language } = useI18n();
  const judges = new Map(props.panel.members.map((m) => [m.judgeId, m]));
  const entries = new Map(props.entries.map((e) => [e.id, e]));
  const seatOf = (r: Recusal) => judges.get(r.judgeId)?.seat ?? Number.MAX_SAFE_INTEGER;
  const orderOf = (r: Recusal) => entries.get(r.entryId)?.drawOrder ?? Number.MAX_SAFE_INTEGER;
  const rows = props.recusals
    .filter((r) => judges.has(r.judgeId) && entries.has(r.entryId))
    .sort((a, b) => seatOf(a) - seatOf(b) || orderOf(a) - orderOf(b));
  return (
    <section className="card recusal-list" aria-labelledby="recusal-list-title">
      <h2 id="recusal-list-title">{t('recusalList.title', { count: rows.length })}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('recusalList.empty')}</p>
      ) : (
        <table className="grid list compact">
          <thead>
            <tr>
              <th>{t('recusalList.judge')}</th>
              <th>{t('recusalList.entry')}</th>
              <th>{t('roster.organization')}</th>
              <th>{t('recusalList.source')}</th>
              <th>{t('recusalList.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const judge = judges.get(r.judgeId)!;
              const entry = entries.get(r.entryId)!;
              return (
                <tr key={`${r.judgeId}:${r.entryId}`} data-recusal={`${judge.name} ${entry.no}`}>
                  <td>{seatedName(judge, language)}</td>
                  <td>
                    {entry.no} {entry.name}
                  </td>
                  <td>{entry.organization}</td>
                  <td>
                    <span className={`chip ${r.source}`}>
                      {t(r.source === 'auto' ? 'panels.auto' : 'panels.manual')}
                    </span>
                  </td>
                  <td>{props.reasonText(r) || '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
