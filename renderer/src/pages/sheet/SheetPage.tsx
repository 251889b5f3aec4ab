import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SheetView } from '../../../../shared/api/judging';
import { formatPoints } from '../../../../shared/domain/points';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList, toErrors } from '../../components/ErrorList';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { downloadFile } from '../../download';
import { useI18n } from '../../i18n/I18nProvider';
import { navigate } from '../../router';
import { MarkCell, type Move } from './MarkCell';

/** Judge mode: this judge's panel only, one row per entry in draw order, nobody else's marks. */
export function SheetPage() {
  const { t, pick, language } = useI18n();
  const { current, setCurrent } = useCompetition();
  const [sheet, setSheet] = useState<SheetView | null>(null);
  const [errors, setErrors] = useState<AppError[]>([]);
  const competition = current!.competition;

  const load = useCallback(async () => {
    try {
      setSheet(await call('sheet.get', {}));
    } catch (error) {
      setErrors(toErrors(error));
    }
  }, []);
  useEffect(() => {
    load();
  }, [load]);

  const track = competition.tracks.find((x) => x.code === sheet?.track);
  const criteria = useMemo(
    () => track?.segments.filter((s) => s.kind === 'judged').flatMap((s) => s.criteria) ?? [],
    [track],
  );
  const marks = useMemo(() => {
    const map = new Map<string, number>();
    for (const s of sheet?.scores ?? []) map.set(`${s.entryId}:${s.criterion}`, s.value);
    return map;
  }, [sheet]);

  const commit = useCallback(async (entryId: number, criterion: string, value: number | null) => {
    try {
      const { revision } = await call('sheet.setScore', { entryId, criterion, value });
      setSheet((previous) => {
        if (!previous) return previous;
        const scores = previous.scores.filter(
          (s) => !(s.entryId === entryId && s.criterion === criterion),
        );
        if (value !== null) scores.push({ entryId, criterion, value, revision });
        return { ...previous, scores };
      });
      setErrors([]);
    } catch (error) {
      setErrors(toErrors(error));
    }
  }, []);

  const move = useCallback((row: number, col: number, direction: Move) => {
    const target = {
      up: [row - 1, col],
      down: [row + 1, col],
      left: [row, col - 1],
      right: [row, col + 1],
    }[direction];
    document.querySelector<HTMLInputElement>(`[data-cell="${target[0]}:${target[1]}"]`)?.focus();
  }, []);

  const run = async (work: () => Promise<void>) => {
    try {
      await work();
      setErrors([]);
    } catch (error) {
      setErrors(toErrors(error));
    }
  };

  if (!sheet || !track) return <ErrorList errors={errors} />;
  const complete = sheet.entries.filter((e) =>
    criteria.every((c) => marks.has(`${e.id}:${c.code}`)),
  ).length;

  return (
    <div className="sheet-page">
      <header className="titlebar">
        <span className="brand">{t('app.name')}</span>
        <span className="competition-name">{competition.name}</span>
        <span className="spacer" />
        <span>{t('sheetScreen.judge', { judge: sheet.judge.name })}</span>
        <button
          type="button"
          className="quiet"
          onClick={async () => {
            await call('competitions.close', {});
            setCurrent(null);
            navigate({ page: 'home' });
          }}
        >
          {t('nav.closeCompetition')}
        </button>
        <LanguageSwitch />
      </header>
      <main className="page sheet">
        <div className="page-header">
          <div>
            <h1>{t('sheetScreen.title', { track: pick(track.name) })}</h1>
            <p className="progress" role="status">
              {t('sheetScreen.progress', { done: complete, total: sheet.entries.length })} ·{' '}
              {sheet.submittedAt
                ? t('sheetScreen.submitted', {
                    count: sheet.submissions,
                    at: new Date(sheet.submittedAt).toLocaleString(language),
                  })
                : t('sheetScreen.notSubmitted')}
            </p>
            <p className="muted small">{t('sheetScreen.keys')}</p>
          </div>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() =>
                run(async () => {
                  await call('sheet.submit', {});
                  await load();
                })
              }
            >
              {sheet.submissions > 0 ? t('sheetScreen.resubmit') : t('sheetScreen.submit')}
            </button>
            <button
              type="button"
              onClick={() =>
                run(async () => {
                  const file = await call('scoreFiles.export', {});
                  downloadFile(file.fileName, file.content, 'application/json');
                })
              }
            >
              {t('sheetScreen.export')}
            </button>
          </div>
        </div>
        <ErrorList errors={errors} />
        <table className="grid list scoring-sheet">
          <thead>
            <tr>
              <th className="num">{t('sheetScreen.order')}</th>
              <th>{t('roster.no')}</th>
              <th>{t('results.name')}</th>
              {criteria.map((c) => (
                <th key={c.code} className="num" title={pick(c.description)}>
                  {pick(c.name)}
                  <span className="max">/{formatPoints(c.max)}</span>
                </th>
              ))}
              <th className="num">{t('sheetScreen.total')}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.entries.map((entry, row) => {
              const values = criteria.map((c) => marks.get(`${entry.id}:${c.code}`));
              const total = values.every((v) => v !== undefined)
                ? values.reduce((a, b) => a! + b!, 0)!
                : null;
              return (
                <tr
                  key={entry.id}
                  data-entry={entry.no}
                  className={entry.status !== 'competing' ? 'inactive' : undefined}
                >
                  <td className="num">{entry.drawOrder ?? row + 1}</td>
                  <td>{entry.no}</td>
                  <td>
                    {entry.name}
                    {entry.status === 'absent' && (
                      <span className="chip">{t('sheetScreen.absent')}</span>
                    )}
                    {entry.title && <span className="muted small title">{entry.title}</span>}
                  </td>
                  {criteria.map((c, col) => (
                    <MarkCell
                      key={c.code}
                      row={row}
                      col={col}
                      criterion={c}
                      saved={marks.get(`${entry.id}:${c.code}`) ?? null}
                      label={`${entry.no} ${pick(c.name)}`}
                      onCommit={(value) => commit(entry.id, c.code, value)}
                      onMove={move}
                    />
                  ))}
                  <td className="num total" data-total>
                    {total === null ? '' : formatPoints(total, 2)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </main>
    </div>
  );
}
