import { useCallback, useEffect, useState } from 'react';
import type {
  DoubleEntryPass,
  DoubleEntrySheetLine,
  DoubleEntryView,
} from '../../../../shared/api/entryGrids';
import type { Track } from '../../../../shared/domain/rubric';
import { sameText } from '../../../../shared/domain/textKey';
import type { AppError } from '../../../../shared/errors';
import { seatedName } from '../../../../shared/panel/seats';
import type { PassNumber } from '../../../../shared/paper/doubleEntry';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import { MismatchList } from './MismatchList';
import { PaperGrid } from './PaperGrid';

/** Double entry of the track's paper sheets: the sheets and how far each has come, then one. */
export function DoubleEntry({ track }: { track: Track }) {
  const { t, language } = useI18n();
  const [sheets, setSheets] = useState<DoubleEntrySheetLine[] | null>(null);
  const [judgeId, setJudgeId] = useState<number | null>(null);
  const { errors, run } = useCall();

  const load = useCallback(
    () => run(async () => setSheets(await call('doubleEntry.sheets', { track: track.code }))),
    [run, track.code],
  );
  useEffect(() => {
    if (judgeId === null) load();
  }, [load, judgeId]);

  if (judgeId !== null) {
    return <SheetEntry track={track} judgeId={judgeId} onBack={() => setJudgeId(null)} />;
  }
  return (
    <section>
      <p className="muted intro">{t('doubleEntry.intro')}</p>
      <ErrorList errors={errors} />
      {sheets && sheets.length === 0 && <p className="muted">{t('doubleEntry.noJudges')}</p>}
      {sheets && sheets.length > 0 && (
        <table className="grid list sheet-list">
          <caption>{t('doubleEntry.sheets')}</caption>
          <thead>
            <tr>
              <th>{t('doubleEntry.judge')}</th>
              <th>{t('doubleEntry.passN', { pass: 1 })}</th>
              <th>{t('doubleEntry.passN', { pass: 2 })}</th>
              <th>{t('doubleEntry.progress')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {sheets.map((sheet) => (
              <tr key={sheet.judgeId} data-judge={sheet.name}>
                <td>{seatedName(sheet, language)}</td>
                {([1, 2] as const).map((pass) => (
                  <td key={pass}>
                    <PassLine pass={pass} line={sheet.passes.find((p) => p.pass === pass)} short />
                  </td>
                ))}
                <td>{t('doubleEntry.counts', { ...sheet.counts })}</td>
                <td>
                  <button type="button" onClick={() => setJudgeId(sheet.judgeId)}>
                    {t('doubleEntry.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Who typed a pass and whether it is done; `short` under a column already saying which pass. */
function PassLine(props: { pass: PassNumber; line: DoubleEntryPass | undefined; short?: boolean }) {
  const { t } = useI18n();
  const { pass, line } = props;
  if (props.short) {
    if (!line) return <span className="muted">{t('doubleEntry.notStarted')}</span>;
    return (
      <span>
        {line.finishedAt ? t('doubleEntry.typistDone', { typist: line.typist }) : line.typist}
      </span>
    );
  }
  if (!line) return <span className="muted">{t('doubleEntry.passOpen', { pass })}</span>;
  return (
    <span>
      {t(line.finishedAt ? 'doubleEntry.passFinished' : 'doubleEntry.passLine', {
        pass,
        typist: line.typist,
      })}
    </span>
  );
}

/** One judge's sheet: who is typing which pass, the grid, and the disagreements. */
function SheetEntry(props: { track: Track; judgeId: number; onBack: () => void }) {
  const { t, language } = useI18n();
  const [view, setView] = useState<DoubleEntryView | null>(null);
  const [typing, setTyping] = useState<{ pass: PassNumber; typist: string } | null>(null);
  const [name, setName] = useState('');
  const [pass, setPass] = useState<PassNumber>(1);
  const [refusal, setRefusal] = useState<AppError[]>([]);
  const { errors, run } = useCall();

  useEffect(() => {
    run(async () => {
      const next = await call('doubleEntry.get', {
        track: props.track.code,
        judgeId: props.judgeId,
      });
      setView(next);
      // The first pass nobody has started is the likely one.
      setPass(
        next.passes.some((p) => p.pass === 1) && !next.passes.some((p) => p.pass === 2) ? 2 : 1,
      );
    });
  }, [run, props.track.code, props.judgeId]);

  const begin = () => {
    if (!view) return;
    const typist = name.trim();
    if (!typist) return setRefusal([{ code: 'doubleEntry.needName' }]);
    // Said before typing starts; the store refuses the same, whatever the screen shows.
    const other = view.passes.find((p) => p.pass !== pass);
    const mine = view.passes.find((p) => p.pass === pass);
    if (other && sameText(other.typist, typist)) {
      return setRefusal([{ code: 'doubleEntry.sameTypist', params: { typist, pass: other.pass } }]);
    }
    if (mine && !sameText(mine.typist, typist)) {
      return setRefusal([{ code: 'doubleEntry.passTaken', params: { pass, typist: mine.typist } }]);
    }
    setRefusal([]);
    setTyping({ pass, typist });
  };

  if (!view) return <ErrorList errors={errors} />;
  return (
    <section className="sheet-entry">
      <div className="sheet-entry-header">
        <h2>{t('doubleEntry.sheetTitle', { judge: seatedName(view.judge, language) })}</h2>
        <button type="button" className="quiet" onClick={props.onBack}>
          {t('doubleEntry.back')}
        </button>
      </div>
      <p className="muted small">
        {([1, 2] as const).map((n) => (
          <span key={n} className="pass-line">
            <PassLine pass={n} line={view.passes.find((p) => p.pass === n)} />
          </span>
        ))}
        <span className="pass-line">{t('doubleEntry.counts', { ...view.counts })}</span>
      </p>
      <ErrorList errors={[...errors, ...refusal]} />
      {typing ? (
        <>
          <p className="typing-as">
            <strong>{t('doubleEntry.typingAs', typing)}</strong>{' '}
            <button type="button" className="quiet" onClick={() => setTyping(null)}>
              {t('doubleEntry.switch')}
            </button>
          </p>
          <PaperGrid
            track={props.track}
            view={view}
            pass={typing.pass}
            typist={typing.typist}
            onView={setView}
          />
        </>
      ) : (
        <form
          className="inline who-types"
          onSubmit={(event) => {
            event.preventDefault();
            begin();
          }}
        >
          <Field label={t('doubleEntry.typist')}>
            <input value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label={t('doubleEntry.pass')}>
            <select value={pass} onChange={(e) => setPass(Number(e.target.value) as PassNumber)}>
              {([1, 2] as const).map((n) => (
                <option key={n} value={n}>
                  {t('doubleEntry.passN', { pass: n })}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit">{t('doubleEntry.begin')}</button>
        </form>
      )}
      <MismatchList track={props.track} view={view} onView={setView} />
    </section>
  );
}
