import { useState } from 'react';
import type { ImportPreview, ImportSummary } from '../../../../shared/api/import';
import type { AppError } from '../../../../shared/errors';
import type { MessageKey } from '../../../../shared/i18n/catalog';
import type { ImportField, ImportKind, Mapping } from '../../../../shared/roster/fields';
import { fieldLabels } from '../../../../shared/roster/records';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { routeHash } from '../../router';
import { useCall } from '../../useCall';
import './ImportPage.css';
import { MAX_IMPORT_MB } from '../../../../shared/roster/importLimits';
import { type ChosenFile, ImportChooser, ImportFileInfo } from './ImportChooser';
import { MissingChoice } from './MissingChoice';

const SHOWN_ROWS = 50;

/** Choose a file → check the columns → preview with every problem → apply, all or nothing. */
export function ImportPage({ kind, track: trackCode }: { kind: ImportKind; track?: string }) {
  const { t, pick, list } = useI18n();
  const { current } = useCompetition();
  const tracks = current!.competition.tracks;
  const track = tracks.find((x) => x.code === trackCode);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const { errors, setErrors, run, busy } = useCall();
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  // Removing what the file does not list is a choice made here, never the default.
  const [removeMissing, setRemoveMissing] = useState(false);

  const request = (f: ChosenFile, mapping?: Mapping, remove = false) => ({
    kind,
    ...(trackCode ? { track: trackCode } : {}),
    file: f,
    ...(mapping ? { mapping } : {}),
    removeMissing: remove,
  });

  const load = async (f: ChosenFile, mapping?: Mapping, remove = removeMissing) => {
    setErrors([]);
    const ok = await run(
      async () => setPreview(await call('import.preview', request(f, mapping, remove))),
      { busy: true },
    );
    if (!ok) setPreview(null);
  };

  const choose = async (f: ChosenFile) => {
    setSummary(null);
    setFile(f);
    setRemoveMissing(false);
    await load(f, undefined, false);
  };
  const refuse = (refused: AppError[]) => {
    setSummary(null);
    setPreview(null);
    setErrors(refused);
  };

  const remap = async (column: number, field: ImportField | null) => {
    if (!file || !preview) return;
    const mapping = preview.mapping.map((f, i) => (i === column ? field : f));
    await load(file, mapping);
  };

  const chooseRemoval = async (remove: boolean) => {
    if (!file || !preview) return;
    setRemoveMissing(remove);
    await load(file, preview.mapping, remove);
  };

  const apply = async () => {
    if (!file || !preview) return;
    await run(
      async () => {
        setSummary(await call('import.apply', request(file, preview.mapping, removeMissing)));
        setPreview(null);
        setFile(null);
      },
      { busy: true },
    );
  };

  const title =
    kind === 'roster'
      ? t('import.rosterTitle', { track: track ? pick(track.name) : '' })
      : t('import.judgesTitle');
  const back = routeHash(
    kind === 'roster' && trackCode ? { page: 'roster', track: trackCode } : { page: 'judges' },
  );
  const label = (field: ImportField) =>
    kind === 'judges' && field === 'name' ? t('judges.name') : pick(fieldLabels[field]);
  const trackLabel = (code: string | null) => {
    const found = tracks.find((x) => x.code === code);
    return found ? pick(found.name) : (code ?? '');
  };
  const cellText = (field: ImportField, values: Record<string, string>) => {
    const value = values[field] ?? '';
    if (field === 'track') return trackLabel(value);
    if (field === 'group') {
      const owner = tracks.find((x) => x.code === values.track);
      const group = owner?.groups.find((g) => g.code === value);
      return group ? pick(group.name) : value;
    }
    if (field === 'tracks') {
      return value ? list(value.split(',').map(trackLabel)) : t('import.judgesNoTracks');
    }
    return value;
  };
  const problems = preview?.problems ?? [];
  const diff = preview?.diff;
  const nothingToDo = diff && diff.added.length + diff.changed.length + diff.removed.length === 0;
  const shownFields = preview
    ? preview.fields.filter(
        (f) =>
          f !== 'member' &&
          f !== 'roles' &&
          (preview.mapping.includes(f) ||
            f === 'name' ||
            (f === 'members' && preview.mapping.includes('member'))),
      )
    : [];

  return (
    <div className="import-page">
      <ImportChooser
        title={title}
        intro={t('import.intro', { max: MAX_IMPORT_MB })}
        back={back}
        backLabel={t('import.backTo')}
        busy={busy}
        onChoose={choose}
        onRefuse={refuse}
      />

      <ErrorList errors={errors} />
      {summary && (
        <p className="card import-done" role="status">
          {t('import.done', {
            added: summary.added,
            changed: summary.changed,
            removed: summary.removed,
            kept: summary.keptWithMarks.length,
          })}{' '}
          <a href={back}>{t('import.backTo')}</a>
        </p>
      )}

      {preview && (
        <>
          <section className="card" aria-labelledby="import-mapping">
            <h2 id="import-mapping">{t('import.step.mapping')}</h2>
            <ImportFileInfo preview={preview} />
            <table className="grid import-mapping">
              <thead>
                <tr>
                  <th>{t('import.column')}</th>
                  <th>{t('import.header')}</th>
                  <th>{t('import.sample')}</th>
                  <th>{t('import.target')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.columns.map((column) => {
                  const id = `map-${column.index}`;
                  const value = preview.mapping[column.index] ?? '';
                  return (
                    <tr key={column.index} className={value ? 'mapped' : 'ignored'}>
                      <td className="center">{column.letter}</td>
                      <td>
                        <label htmlFor={id}>{column.header || '—'}</label>
                      </td>
                      <td className="muted samples">{column.samples.join(' · ')}</td>
                      <td>
                        <select
                          id={id}
                          value={value}
                          disabled={busy}
                          onChange={(e) =>
                            remap(column.index, (e.target.value || null) as ImportField | null)
                          }
                        >
                          <option value="">{t('import.ignore')}</option>
                          {preview.fields.map((field) => (
                            <option key={field} value={field}>
                              {label(field)}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>

          <section className="card" aria-labelledby="import-preview">
            <h2 id="import-preview">{t('import.step.preview')}</h2>
            {diff && (
              <ul className="import-diff" aria-label={t('import.diffTitle')}>
                <li className="added">{t('import.added', { count: diff.added.length })}</li>
                <li className="changed">{t('import.changed', { count: diff.changed.length })}</li>
                {diff.missing.length > 0 && (
                  <li className="missing">{t('import.missing', { count: diff.missing.length })}</li>
                )}
                <li className="removed">{t('import.removed', { count: diff.removed.length })}</li>
                <li className="kept">{t('import.kept', { count: diff.keptWithMarks.length })}</li>
                <li className="unchanged">{t('import.unchanged', { count: diff.unchanged })}</li>
              </ul>
            )}

            <h3>{t('import.problems', { count: problems.length })}</h3>
            {problems.length === 0 ? (
              <p className="ok-note">{t('import.noProblems')}</p>
            ) : (
              <table className="grid import-problems">
                <thead>
                  <tr>
                    <th>{t('import.row')}</th>
                    <th>{t('import.column')}</th>
                    <th>{t('import.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {problems.map((p, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: problems may repeat; order is stable
                    <tr key={i} data-problem-row={p.row}>
                      <td className="center">{p.row}</td>
                      <td className="center">{p.column ?? '—'}</td>
                      <td>{t(p.code as MessageKey, p.params)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}

            {diff && diff.changed.length > 0 && (
              <section className="import-changes" aria-labelledby="import-changes">
                <h3 id="import-changes">{t('import.changesTitle')}</h3>
                <ul>
                  {diff.changed.map((item) => (
                    <li key={`${item.row}`} data-change-row={item.row ?? undefined}>
                      {item.no && <span className="import-change-no">{item.no}</span>}
                      {item.previousName !== undefined ? (
                        <strong className="import-rename">
                          {t('import.renamedFrom', { from: item.previousName, to: item.name })}
                        </strong>
                      ) : (
                        <span>{item.name}</span>
                      )}
                      <span className="muted">
                        {t('import.fieldsChanged', {
                          fields: list(item.fields.map(label)),
                        })}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {diff && (
              <MissingChoice
                diff={diff}
                what={kind === 'roster' ? t('import.whatRoster') : t('import.whatJudges')}
                checked={removeMissing}
                disabled={busy}
                onChange={chooseRemoval}
              />
            )}

            <h3>
              {t('import.rowsTitle', {
                shown: Math.min(SHOWN_ROWS, preview.rows.length),
                count: preview.rowCount,
              })}
            </h3>
            <div className="import-rows">
              <table className="grid list">
                <thead>
                  <tr>
                    <th>{t('import.row')}</th>
                    {shownFields.map((f) => (
                      <th key={f}>{label(f)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.slice(0, SHOWN_ROWS).map((row) => (
                    <tr key={row.row} data-import-row={row.row}>
                      <td className="center muted">{row.row}</td>
                      {shownFields.map((f) => (
                        <td key={f}>{cellText(f, row.values)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            <div className="import-actions">
              <button
                type="button"
                className="primary"
                disabled={busy || problems.length > 0 || nothingToDo}
                onClick={apply}
              >
                {t('import.apply')}
              </button>
              {problems.length > 0 && <span className="muted">{t('import.applyDisabled')}</span>}
              {problems.length === 0 && nothingToDo && (
                <span className="muted">{t('import.nothingToDo')}</span>
              )}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
