import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatPoints } from '../../../../shared/domain/points';
import { judgedTotal, type Track, trackTotal } from '../../../../shared/domain/rubric';
import { checkTrack } from '../../../../shared/domain/rubricRules';
import { rubricWarnings } from '../../../../shared/domain/rubricWarnings';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { useConfirm } from '../../components/useConfirm';
import { useI18n } from '../../i18n/I18nProvider';
import { holdLeaving, holdUnload, navigate } from '../../router';
import { useCall } from '../../useCall';
import { ApplyAnywayDialog } from './ApplyAnywayDialog';
import { BasicsSection } from './BasicsSection';
import { GroupsSection } from './GroupsSection';
import { JudgeView } from './JudgeView';
import { OffScaleMarks } from './OffScaleMarks';
import { InvalidFieldsContext } from './PointsInput';
import './RubricPage.css';
import { RulesSection } from './RulesSection';
import { SegmentsSection } from './SegmentsSection';

/** Edits one track's rubric as a draft; saving sends it whole, and the store checks it again. */
export function RubricPage({ code }: { code: string }) {
  const { t, pick, explain, list } = useI18n();
  const { current, setCurrent, reload } = useCompetition();
  const saved = current!.competition.tracks.find((track) => track.code === code);
  const [draft, setDraft] = useState<Track | undefined>(saved);
  const { errors: serverErrors, setErrors: setServerErrors, run } = useCall();
  const [roster, setRoster] = useState<Map<string, number> | null>(null);
  const [showEnglish, setShowEnglish] = useState(false);
  const [judgeView, setJudgeView] = useState(false);
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
  const warnings = useMemo(() => (draft ? rubricWarnings(draft) : []), [draft]);

  // Award counts are shown for the roster as it stands: competing entries by group.
  useEffect(() => {
    run(async () => {
      const entries = await call('entries.list', { track: code });
      const byGroup = new Map<string, number>();
      for (const entry of entries) {
        if (entry.status === 'competing')
          byGroup.set(entry.group, (byGroup.get(entry.group) ?? 0) + 1);
      }
      setRoster(byGroup);
    });
  }, [code, run]);

  // Unsaved edits hold every way off this screen until the organizer says to drop them.
  const dirtyNow = !!draft && !!saved && JSON.stringify(draft) !== JSON.stringify(saved);
  const dirtyRef = useRef(dirtyNow);
  dirtyRef.current = dirtyNow;
  const leaving = useRef(false);
  useEffect(
    () =>
      holdLeaving((to) => {
        if (leaving.current || !dirtyRef.current) return true;
        ask({
          title: t('rubric.leaveTitle'),
          body: t('rubric.leaveBody'),
          confirmLabel: t('rubric.leaveConfirm'),
          danger: true,
        }).then((yes) => {
          if (!yes) return;
          leaving.current = true;
          window.location.hash = to;
        });
        return false;
      }),
    [ask, t],
  );
  useEffect(() => holdUnload(() => !leaving.current && dirtyRef.current), []);
  if (!saved || !draft)
    return <ErrorList errors={[{ code: 'track.notFound', params: { code } }]} />;

  const dirty = dirtyNow;
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
    await run(async () => {
      const { track, reissue } = await call('tracks.save', { code, track: draft, force });
      setReissue(reissue.map((j) => j.judge));
      const competition = {
        ...current!.competition,
        tracks: current!.competition.tracks.map((x) => (x.code === code ? track : x)),
      };
      setCurrent({ ...current!, competition });
      setJustSaved(true);
      if (track.code !== code) {
        leaving.current = true;
        navigate({ page: 'rubric', track: track.code });
      }
    });
    setForcing(false);
  };

  const remove = async () => {
    const yes = await ask({
      title: t('rubric.confirmRemoveTrack', { track: pick(saved.name) }),
      confirmLabel: t('rubric.removeTrack'),
      danger: true,
    });
    if (!yes) return;
    await run(async () => {
      await call('tracks.remove', { code });
      leaving.current = true;
      await reload();
      navigate({ page: 'competition' });
    });
  };
  // A name left blank in English must be findable: English shows while any name lacks it.
  const englishShown = showEnglish || problems.some((p) => p.code === 'rubric.emptyName');

  return (
    <InvalidFieldsContext.Provider value={reportInvalid}>
      <div className={englishShown ? 'rubric' : 'rubric english-hidden'}>
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
            <label className="toggle">
              <input
                type="checkbox"
                checked={englishShown}
                onChange={(e) => setShowEnglish(e.target.checked)}
              />{' '}
              {t('rubric.showEnglish')}
            </label>
            <button type="button" aria-pressed={judgeView} onClick={() => setJudgeView(!judgeView)}>
              {t('rubric.judgeView')}
            </button>
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
        {warnings.length > 0 && (
          <ul className="rubric-warnings" aria-live="polite">
            {warnings.map((warning) => (
              <li key={warning.code}>{explain(warning)}</li>
            ))}
          </ul>
        )}
        <ErrorList errors={otherErrors} />
        {offScale.length > 0 && (
          <OffScaleMarks errors={offScale} mayForce={mayForce} onForce={() => setForcing(true)} />
        )}
        {reissue.length > 0 && !dirty && (
          <p className="notice warn-text" role="status">
            {t('rubric.reissueJudgeFiles', { judges: list(reissue) })}
          </p>
        )}
        <ApplyAnywayDialog
          open={forcing}
          count={offScale.length}
          onApply={(reason) => save({ reason })}
          onCancel={() => setForcing(false)}
        />
        {dialog}
        {judgeView && <JudgeView track={draft} />}
        <BasicsSection track={draft} onChange={change} />
        <GroupsSection track={draft} onChange={change} />
        <SegmentsSection track={draft} onChange={change} />
        <RulesSection track={draft} roster={roster} onChange={change} />
        <div className="danger-zone">
          <button type="button" className="danger" onClick={remove}>
            {t('rubric.removeTrack')}
          </button>
        </div>
      </div>
    </InvalidFieldsContext.Provider>
  );
}
