import { useState } from 'react';
import type { MergeFileSummary } from '../../../../shared/api/judging';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { FilePicker } from '../../components/FilePicker';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import { CompletenessMatrix } from './CompletenessMatrix';
import { ConflictList } from './ConflictList';
import { JudgeKeysSection } from './JudgeKeysSection';
import { MergeHistory } from './MergeHistory';
import { MergeSummaryTable } from './MergeSummaryTable';
import './MergePage.css';
import { PaperSheetImport } from './PaperSheetImport';

/** The organizer gathers the judges' files from USB sticks and chat apps and merges them here. */
export function MergePage() {
  const { t, pick } = useI18n();
  const { current } = useCompetition();
  const tracks = current!.competition.tracks;
  const [summary, setSummary] = useState<MergeFileSummary[]>([]);
  const { errors, run } = useCall();
  const [track, setTrack] = useState(tracks[0]?.code ?? '');
  const [generation, setGeneration] = useState(0);

  const merge = async (list: readonly File[] | FileList | null) => {
    if (!list || list.length === 0) return;
    await run(async () => {
      const files = await Promise.all(
        [...list].map(async (file) => ({ name: file.name, content: await file.text() })),
      );
      setSummary(await call('scoreFiles.merge', { files }));
      setGeneration((n) => n + 1);
    });
  };

  return (
    <div className="merge-page">
      <div className="page-header">
        <h1>{t('mergeScreen.title')}</h1>
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a shortcut; the button chooses them */}
      <div
        className="card drop-zone"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          merge(event.dataTransfer.files);
        }}
      >
        {/* Cleared after each choice, so the same files again (after a key was accepted) merge again. */}
        <FilePicker
          label={t('mergeScreen.choose')}
          multiple
          primary
          accept=".scoredesk-scores,.json"
          onFiles={merge}
        />
        <span className="muted small">{t('mergeScreen.drop')}</span>
      </div>
      <ErrorList errors={errors} />
      {summary.length > 0 && (
        <section className="card">
          <h2>{t('mergeScreen.summary')}</h2>
          <MergeSummaryTable summary={summary} />
        </section>
      )}
      <JudgeKeysSection generation={generation} onChanged={() => setGeneration((n) => n + 1)} />
      <PaperSheetImport onImported={() => setGeneration((n) => n + 1)} />
      <ConflictList key={`c${generation}`} onResolved={() => setGeneration((n) => n + 1)} />
      <section className="card">
        <div className="inline">
          <h2>{t('mergeScreen.completeness')}</h2>
          <select
            aria-label={t('nav.tracks')}
            value={track}
            onChange={(e) => setTrack(e.target.value)}
          >
            {tracks.map((x) => (
              <option key={x.code} value={x.code}>
                {pick(x.name)}
              </option>
            ))}
          </select>
        </div>
        {track && <CompletenessMatrix key={`${track}-${generation}`} track={track} />}
      </section>
      <MergeHistory generation={generation} />
    </div>
  );
}
