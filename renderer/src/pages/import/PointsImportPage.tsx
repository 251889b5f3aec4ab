import { useState } from 'react';
import type { PointsPreview, PointsSummary } from '../../../../shared/api/points';
import { formatPoints } from '../../../../shared/domain/points';
import type { AppError } from '../../../../shared/errors';
import type { MessageKey } from '../../../../shared/i18n/catalog';
import { pointsProblemError } from '../../../../shared/points/pointsProblems';
import type { PointsKind } from '../../../../shared/points/pointsSheet';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { routeHash } from '../../router';
import { useCall } from '../../useCall';
import './ImportPage.css';
import './PointsImportPage.css';
import { MAX_IMPORT_MB } from '../../../../shared/roster/importLimits';
import { type ChosenFile, ImportChooser, ImportFileInfo } from './ImportChooser';

const SHOWN = 200;

/** Quiz points or deductions from a file: choose → preview with every problem → import it all. */
export function PointsImportPage({ kind, track: code }: { kind: PointsKind; track: string }) {
  const { t, pick, list } = useI18n();
  const { current } = useCompetition();
  const track = current!.competition.tracks.find((x) => x.code === code);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<PointsPreview | null>(null);
  const [summary, setSummary] = useState<PointsSummary | null>(null);
  const [reason, setReason] = useState('');
  const { errors, setErrors, run, busy } = useCall();
  const calls =
    kind === 'quiz'
      ? (['quizPoints.preview', 'quizPoints.apply'] as const)
      : (['deductions.preview', 'deductions.apply'] as const);
  const request = (f: ChosenFile) => ({
    track: code,
    file: f,
    ...(reason.trim() ? { reason: reason.trim() } : {}),
  });

  const choose = async (f: ChosenFile) => {
    setSummary(null);
    setPreview(null);
    setFile(f);
    await run(async () => setPreview(await call(calls[0], request(f))), { busy: true });
  };
  const refuse = (refused: AppError[]) => {
    setSummary(null);
    setPreview(null);
    setErrors(refused);
  };

  const apply = async () => {
    if (!file) return;
    await run(
      async () => {
        setSummary(await call(calls[1], request(file)));
        setPreview(null);
        setFile(null);
      },
      { busy: true },
    );
  };

  const criteria = track?.segments.flatMap((s) => s.criteria) ?? [];
  const criterionName = (c: string | null) => {
    const found = criteria.find((x) => x.code === c);
    return found ? pick(found.name) : (c ?? '');
  };
  const meaning = (m: string | null, c: string | null) =>
    m === 'question' ? criterionName(c) : t(`points.meaning.${m ?? 'none'}` as MessageKey);
  const points = (v: number | null) => (v === null ? '—' : formatPoints(v));
  const problems = preview?.problems ?? [];
  const needsReason = kind === 'quiz' && preview?.locked === true;
  const back = routeHash({ page: 'results', track: code });
  const title = kind === 'quiz' ? 'points.quizTitle' : 'points.deductionsTitle';
  const intro = kind === 'quiz' ? 'points.quizIntro' : 'points.deductionsIntro';

  return (
    <div className="import-page points-import">
      <ImportChooser
        title={t(title, { track: track ? pick(track.name) : code })}
        intro={t(intro, { max: MAX_IMPORT_MB })}
        back={back}
        backLabel={t('points.backToResults')}
        busy={busy}
        onChoose={choose}
        onRefuse={refuse}
      />

      <ErrorList errors={errors} />
      {summary && (
        <p className="card import-done" role="status">
          {t('points.done', { changed: summary.changed })}{' '}
          <a href={back}>{t('points.backToResults')}</a>
        </p>
      )}

      {preview && (
        <section className="card" aria-labelledby="points-preview">
          <h2 id="points-preview">{t('points.previewTitle')}</h2>
          <ImportFileInfo preview={preview} />
          <ul className="points-columns" aria-label={t('points.columns')}>
            {preview.columns.map((c) => (
              <li key={c.letter} className={c.meaning ? 'mapped' : 'ignored'}>
                <span className="points-header">{c.header || '—'}</span>
                <span aria-hidden="true">→</span>
                <span>{meaning(c.meaning, c.criterion)}</span>
              </li>
            ))}
          </ul>
          {preview.fromTotal && <p className="import-hint">{t('points.fromTotal')}</p>}

          <h3>{t('import.problems', { count: problems.length })}</h3>
          {problems.length === 0 ? (
            <p className="ok-note">{t('import.noProblems')}</p>
          ) : (
            <ul className="points-problems">
              {problems.map((p, i) => {
                const error = pointsProblemError(p as Parameters<typeof pointsProblemError>[0]);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: problems may repeat; order is stable
                  <li key={i} data-problem-row={p.row}>
                    {t(error.code, error.params)}
                  </li>
                );
              })}
            </ul>
          )}

          {problems.length === 0 && (
            <>
              <p className="points-counts">
                {t(kind === 'quiz' ? 'points.counts' : 'points.deductionCounts', {
                  changed: preview.changes.length,
                  unchanged: preview.unchanged,
                  blank: preview.blank,
                  missing: preview.notInFile.length,
                })}
              </p>
              {preview.notInFile.length > 0 && (
                <p className="muted small">
                  {t('points.notInFile', {
                    items: list(preview.notInFile.slice(0, 30).map((e) => `${e.no} ${e.name}`)),
                  })}
                </p>
              )}
              <h3>{t('points.changesTitle')}</h3>
              {preview.changes.length === 0 ? (
                <p className="muted">{t('points.noChanges')}</p>
              ) : (
                <div className="import-rows">
                  <table className="grid list">
                    <thead>
                      <tr>
                        <th>{t('points.row')}</th>
                        <th>{t('roster.no')}</th>
                        <th>{t('roster.name')}</th>
                        <th>{kind === 'quiz' ? t('points.item') : t('points.meaning.reason')}</th>
                        {kind === 'quiz' && <th className="num">{t('points.before')}</th>}
                        <th className="num">
                          {kind === 'quiz' ? t('points.after') : t('points.meaning.points')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.changes.slice(0, SHOWN).map((c) => (
                        <tr key={`${c.row}-${c.criterion ?? c.reason}`} data-change-row={c.row}>
                          <td className="center muted">{c.row}</td>
                          <td>{c.no}</td>
                          <td>{c.name}</td>
                          <td>{kind === 'quiz' ? criterionName(c.criterion) : c.reason}</td>
                          {kind === 'quiz' && <td className="num muted">{points(c.before)}</td>}
                          <td className="num">
                            {kind === 'quiz' ? points(c.after) : `−${points(c.after)}`}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          )}

          {needsReason && (
            <label className="points-reason">
              {t('points.reasonLabel')}
              <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
            </label>
          )}
          <div className="import-actions">
            <button
              type="button"
              className="primary"
              disabled={
                busy ||
                problems.length > 0 ||
                preview.changes.length === 0 ||
                (needsReason && !reason.trim())
              }
              onClick={apply}
            >
              {problems.length > 0
                ? t('import.apply')
                : t('points.apply', { count: preview.changes.length })}
            </button>
            {problems.length > 0 && <span className="muted">{t('import.applyDisabled')}</span>}
          </div>
        </section>
      )}
    </div>
  );
}
