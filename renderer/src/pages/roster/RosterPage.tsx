import { useCallback, useEffect, useState } from 'react';
import type { Entry, EntryInput } from '../../../../shared/domain/people';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { RowActions } from '../../components/RowActions';
import { useConfirm } from '../../components/useConfirm';
import { useI18n } from '../../i18n/I18nProvider';
import { routeHash } from '../../router';
import { useCall } from '../../useCall';
import { EntryForm } from './EntryForm';

export function RosterPage({ code }: { code: string }) {
  const { t, pick, list } = useI18n();
  const { current } = useCompetition();
  const track = current!.competition.tracks.find((x) => x.code === code);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [editing, setEditing] = useState<EntryInput | null>(null);
  const { errors, run } = useCall();
  const [dialog, ask] = useConfirm();

  const load = useCallback(
    () => run(async () => setEntries(await call('entries.list', { track: code }))),
    [run, code],
  );
  useEffect(() => {
    load();
  }, [load]);

  if (!track) return <ErrorList errors={[{ code: 'track.notFound', params: { code } }]} />;
  const team = track.entryKind === 'team';
  const groupName = (groupCode: string) => {
    const group = track.groups.find((g) => g.code === groupCode);
    return group ? pick(group.name) : groupCode;
  };

  const blank = (): EntryInput => ({
    track: code,
    group: track.groups.find((g) => g.isDefault)?.code ?? track.groups[0]!.code,
    no: nextNo(entries),
    name: '',
    organization: '',
    region: '',
    title: '',
    status: 'competing',
    // A new team starts with the rows it needs at least.
    members: team ? Array.from({ length: track.teamSize.min }, () => ({ name: '', role: '' })) : [],
  });

  const remove = async (entry: Entry) => {
    const yes = await ask({
      title: t('roster.confirmRemove', { no: entry.no, name: entry.name }),
      confirmLabel: t('action.delete'),
      danger: true,
    });
    if (!yes) return;
    await run(async () => {
      await call('entries.remove', { id: entry.id });
      await load();
    });
  };

  return (
    <div className="roster">
      <div className="page-header">
        <div>
          <h1>{t('roster.title', { track: pick(track.name) })}</h1>
          <p className="muted">{t('roster.count', { count: entries.length })}</p>
        </div>
        <div className="header-actions">
          <a className="button" href={routeHash({ page: 'import', kind: 'roster', track: code })}>
            {t('import.fromExcel')}
          </a>
          <button type="button" className="primary" onClick={() => setEditing(blank())}>
            {team ? t('roster.addTeam') : t('roster.add')}
          </button>
        </div>
      </div>
      {dialog}
      <ErrorList errors={errors} />
      {editing && (
        <EntryForm
          track={track}
          initial={editing}
          onCancel={() => setEditing(null)}
          onSaved={async () => {
            setEditing(null);
            await load();
          }}
        />
      )}
      {entries.length === 0 ? (
        <p className="muted">{t('roster.empty')}</p>
      ) : (
        <table className="grid list">
          <thead>
            <tr>
              <th>{t('roster.no')}</th>
              <th>{team ? t('roster.teamName') : t('roster.name')}</th>
              {track.groups.length > 1 && <th>{t('roster.group')}</th>}
              <th>{t('roster.organization')}</th>
              <th>{t('roster.region')}</th>
              <th>{t('roster.title_')}</th>
              {team && <th>{t('roster.members')}</th>}
              <th>{t('roster.status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr
                key={entry.id}
                data-entry={entry.no}
                className={entry.status !== 'competing' ? 'inactive' : undefined}
              >
                <td>{entry.no}</td>
                <td>{entry.name}</td>
                {track.groups.length > 1 && <td>{groupName(entry.group)}</td>}
                <td>{entry.organization}</td>
                <td>{entry.region}</td>
                <td>{entry.title}</td>
                {team && <td>{list(entry.members.map((m) => m.name))}</td>}
                <td>{t(`status.${entry.status}`)}</td>
                <RowActions onEdit={() => setEditing(entry)} onDelete={() => remove(entry)} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The next entry number after the highest numeric one, keeping its zero padding (001 → 002). */
function nextNo(entries: Entry[]): string {
  const numbers = entries.map((e) => e.no).filter((no) => /^\d+$/.test(no));
  if (numbers.length === 0) return entries.length === 0 ? '001' : '';
  const width = Math.max(...numbers.map((n) => n.length));
  const next = Math.max(...numbers.map(Number)) + 1;
  return String(next).padStart(width, '0');
}
