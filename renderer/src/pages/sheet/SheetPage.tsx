import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SheetView } from '../../../../shared/api/judging';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { downloadFile } from '../../download';
import { useI18n } from '../../i18n/I18nProvider';
import { navigate } from '../../router';
import { useErrors } from '../../useErrors';
import { SheetTable } from './SheetTable';

/** Judge mode: this judge's panel only, one row per entry in draw order, nobody else's marks. */
export function SheetPage() {
  const { t, pick, language } = useI18n();
  const { current, setCurrent } = useCompetition();
  const [sheet, setSheet] = useState<SheetView | null>(null);
  const { errors, run } = useErrors();
  const competition = current!.competition;

  const load = useCallback(() => run(async () => setSheet(await call('sheet.get', {}))), [run]);
  useEffect(() => {
    load();
  }, [load]);

  const marks = useMemo(() => {
    const map = new Map<string, number>();
    for (const s of sheet?.scores ?? []) map.set(`${s.entryId}:${s.criterion}`, s.value);
    return map;
  }, [sheet]);
  // A judge may sit on several panels: one table per track, in the competition's order.
  const tracks = competition.tracks.filter((x) => sheet?.entries.some((e) => e.track === x.code));

  const commit = useCallback(
    async (entryId: number, criterion: string, value: number | null) => {
      await run(async () => {
        const { revision } = await call('sheet.setScore', { entryId, criterion, value });
        setSheet((previous) => {
          if (!previous) return previous;
          const scores = previous.scores.filter(
            (s) => !(s.entryId === entryId && s.criterion === criterion),
          );
          if (value !== null) scores.push({ entryId, criterion, value, revision });
          return { ...previous, scores };
        });
      });
    },
    [run],
  );

  if (!sheet) return <ErrorList errors={errors} />;
  const judgedCriteria = (code: string) =>
    competition.tracks
      .find((x) => x.code === code)
      ?.segments.filter((s) => s.kind === 'judged')
      .flatMap((s) => s.criteria) ?? [];
  const complete = sheet.entries.filter((e) =>
    judgedCriteria(e.track).every((c) => marks.has(`${e.id}:${c.code}`)),
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
            <h1>
              {t('sheetScreen.title', { track: tracks.map((x) => pick(x.name)).join(' / ') })}
            </h1>
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
            {sheet.keyFingerprint && (
              <p className="small own-key">
                {t('sheetScreen.keyFingerprint')}{' '}
                <code className="fingerprint">{sheet.keyFingerprint}</code>
              </p>
            )}
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
        {tracks.map((track, index) => (
          <section key={track.code}>
            {tracks.length > 1 && <h2>{pick(track.name)}</h2>}
            <SheetTable
              table={index}
              criteria={judgedCriteria(track.code)}
              entries={sheet.entries.filter((e) => e.track === track.code)}
              marks={marks}
              onCommit={commit}
            />
          </section>
        ))}
      </main>
    </div>
  );
}
