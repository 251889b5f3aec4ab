import { useCallback, useEffect, useState } from 'react';
import type { TrackResultsView } from '../../../../shared/api/results';
import type { PanelView } from '../../../../shared/api/seating';
import type { PostedResultsView } from '../../../../shared/api/signedResults';
import type { Entry } from '../../../../shared/domain/people';
import type { Track } from '../../../../shared/domain/rubric';
import { postedResults } from '../../../../shared/formats/postedResults';
import type { ResultsFile } from '../../../../shared/formats/resultsFile';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';

export interface PrintResults {
  view: TrackResultsView;
  /** The locked version as posted, while the results still are it; null prints a draft. */
  signed: PostedResultsView | null;
  /** Rows to print: the signed ones, or the draft's built the same way from the results. */
  groups: ResultsFile['groups'];
  panel: PanelView;
  entries: Entry[];
  /** "第 2 版" or "草稿（未锁定）", for the page margins. */
  versionText: string;
}

/** What the posted results and the award list print from, loaded once for either. */
export function usePrintResults(track: Track) {
  const { t } = useI18n();
  const { current } = useCompetition();
  const [data, setData] = useState<Omit<PrintResults, 'versionText'> | null>(null);
  const { errors, run } = useCall();
  const load = useCallback(
    () =>
      run(async () => {
        const view = await call('results.get', { track: track.code });
        const posted = view.lock ? await call('signedResults.get', { track: track.code }) : null;
        const panel = await call('panel.get', { track: track.code });
        const entries = await call('entries.list', { track: track.code });
        const signed = posted?.current ? posted : null;
        // A draft's rows come from the one function that builds the signed rows: the same
        // columns, figures and awards, only without a signature or a code.
        const groups =
          signed?.posted.groups ??
          postedResults({
            competition: { ...current!.competition, id: '', publicKey: '', fingerprint: '' },
            track,
            results: view.results,
            entries: view.entries,
            singleAwards: view.singleAwards,
            publication: { version: 0, lockedAt: '', lockedBy: '', reason: '', inputHash: '' },
          }).groups;
        setData({ view, signed, groups, panel, entries });
      }),
    [run, track, current],
  );
  useEffect(() => {
    load();
  }, [load]);
  const versionText = data?.signed
    ? t('results.version', { version: data.signed.posted.publication.version })
    : t('results.draft');
  return { data: data && { ...data, versionText }, errors };
}
