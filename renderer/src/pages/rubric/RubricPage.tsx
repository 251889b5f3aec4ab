import { useCallback, useMemo, useState } from 'react';
import { formatPoints } from '../../../../shared/domain/points';
import { judgedTotal, type Track, trackTotal } from '../../../../shared/domain/rubric';
import { checkTrack } from '../../../../shared/domain/rubricRules';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList, toErrors } from '../../components/ErrorList';
import { useConfirm } from '../../components/useConfirm';
import { useI18n } from '../../i18n/I18nProvider';
import { navigate } from '../../router';
import { ApplyAnywayDialog } from './ApplyAnywayDialog';
import { BasicsSection } from './BasicsSection';
import { GroupsSection } from './GroupsSection';
import { OffScaleMarks } from './OffScaleMarks';
import { InvalidFieldsContext } from './PointsInput';
import { RulesSection } from './RulesSection';
import { SegmentsSection } from './SegmentsSection';

/** Edits one track's rubric as a draft; saving sends it whole, and the store checks it again. */
export function RubricPage({ code }: { code: string }) {
  const { t, pick } = useI18n();
  const { current, setCurrent, reload } = useCompetition();
  const saved = current!.competition.tracks.find((track) => track.code === code);
  const [draft, setDraft] = useState<Track | undefined>(saved);
  const [serverErrors, setServerErrors] = useState<AppError[]>([]);
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [justSaved, setJustSaved] = useState(false);
  const [reissue, setReissue] = useState<string[]>([]);
  const [forcing, setForcing] = useState(false);
  const [dialog, ask] = useConfirm();

  const reportInvalid = useCallback((id: string, bad: boolean) => {
    setInvalid((previous) => {
      if (previous.has(id) === bad) return previous;
      const next = new Set(previous);
      if (bad) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const problems = useMemo(() => (draft ? checkTrack(draft) : []), [draft]);
  if (!saved || !draft)
    return <ErrorList errors={[{ code: 'track.notFound', params: { code } }]} />;

  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const change = (next: Track) => {
    setDraft(next);
    setJustSaved(false);
    setServerErrors([]);
  };

  const offScale = serverErrors.filter(
    (e) => e.code === 'track.markOffScale' || e.code === 'track.moreMarksOffScale',
  );
  const otherErrors = serverErrors.filter((e) => !offScale.includes(e));
  // Marks off the new scale can be overridden with a reason; a removed criterion's never can.
  const mayForce =
    offScale.length > 0 && !serverErrors.some((e) => e.code === 'track.criterionHasScores');

  const save = async (force?: { reason: string }) => {
    try {
      const { track, reissue } = await call('tracks.save', { code, track: draft, force });
      setForcing(false);
      setServerErrors([]);
      setReissue(reissue.map((j) => j.judge));
      const competition = {
        ...current!.competition,
        tracks: current!.competition.tracks.map((x) => (x.code === code ? track : x)),
      };
      setCurrent({ ...current!, competition });
      setJustSaved(true);
      if (track.code !== code) navigate({ page: 'rubric', track: track.code });
    } catch (error) {
      setForcing(false);
      setServerErrors(toErrors(error));
    }
  };

  const remove = async () => {
    const yes = await ask({
      title: t('rubric.confirmRemoveTrack', { track: pick(saved.name) }),
      confirmLabel: t('rubric.removeTrack'),
      danger: true,
    });
    if (!yes) return;
    try {
      await call('tracks.remove', { code });
      await reload();
      navigate({ page: 'competition' });
    } catch (error) {
      setServerErrors(toErrors(error));
    }
  };

  return (
    <InvalidFieldsContext.Provider value={reportInvalid}>
      <div className="rubric">
        <div className="page-header sticky">
          <div>
            <h1>{t('rubric.title', { track: pick(draft.name) })}</h1>
            <p className="totals">
              {t('rubric.totals', {
                judged: formatPoints(judgedTotal(draft)),
                total: formatPoints(trackTotal(draft)),
              })}
            </p>
          </div>
          <div className="actions">
            {dirty && <span className="badge warn">{t('rubric.unsaved')}</span>}
            {justSaved && !dirty && (
              <span className="badge ok" role="status">
                {t('rubric.saved')}
              </span>
            )}
            <button
              type="button"
              className="primary"
              disabled={!dirty || problems.length > 0 || invalid.size > 0}
              onClick={() => save()}
            >
              {t('action.save')}
            </button>
          </div>
        </div>
        {problems.length > 0 && (
          <div className="problems">
            <p>{t('rubric.problems')}</p>
            <ErrorList errors={problems} />
          </div>
        )}
        <ErrorList errors={otherErrors} />
        {offScale.length > 0 && (
          <OffScaleMarks errors={offScale} mayForce={mayForce} onForce={() => setForcing(true)} />
        )}
        {reissue.length > 0 && !dirty && (
          <p className="notice warn-text" role="status">
            {t('rubric.reissueJudgeFiles', { judges: reissue.join('、') })}
          </p>
        )}
        <ApplyAnywayDialog
          open={forcing}
          count={offScale.length}
          onApply={(reason) => save({ reason })}
          onCancel={() => setForcing(false)}
        />
        {dialog}
        <BasicsSection track={draft} onChange={change} />
        <GroupsSection track={draft} onChange={change} />
        <SegmentsSection track={draft} onChange={change} />
        <RulesSection track={draft} onChange={change} />
        <div className="danger-zone">
          <button type="button" className="danger" onClick={remove}>
            {t('rubric.removeTrack')}
          </button>
        </div>
      </div>
    </InvalidFieldsContext.Provider>
  );
}
