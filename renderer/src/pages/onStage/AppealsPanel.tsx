import { useState } from 'react';
import type { Appeal, AppealsView } from '../../../../shared/api/onStage';
import type { TrackResultsView } from '../../../../shared/api/results';
import type { BlockingFlag } from '../../../../shared/scoring';
import type { AppealDecision } from '../../../../shared/stage/appeals';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { useI18n } from '../../i18n/I18nProvider';
import type { useCall } from '../../useCall';
import { LockConfirmDialog } from '../results/LockConfirmDialog';

/**
 * Appeals (申诉) against released results, within the track's window: the head table records
 * who and what; the head judge decides with a reason (upheld after making the change itself).
 */
export function AppealsPanel(props: {
  track: string;
  view: AppealsView;
  run: ReturnType<typeof useCall>['run'];
  reload: () => Promise<void>;
}) {
  const { t } = useI18n();
  const open = props.view.open.filter((e) => e.open);
  const [entryId, setEntryId] = useState<number | null>(null);
  const [by, setBy] = useState('');
  const [what, setWhat] = useState('');
  const chosen = open.find((e) => e.entryId === entryId) ?? open[0] ?? null;
  const file = () =>
    chosen &&
    props.run(async () => {
      await call('appeals.file', { entryId: chosen.entryId, by, what });
      setWhat('');
      setBy('');
      await props.reload();
    });
  return (
    <section className="appeals" aria-label={t('appeal.title')}>
      <h2>{t('appeal.title')}</h2>
      <p className="hint threshold">
        {t('appeal.windowNote', { minutes: props.view.minutes })}
        <label>
          <span>{t('appeal.window')}</span>
          <select
            value={props.view.minutes}
            onChange={(e) =>
              props.run(async () => {
                await call('appeals.setWindow', {
                  track: props.track,
                  minutes: Number(e.target.value),
                });
                await props.reload();
              })
            }
          >
            {[10, 15, 20, 30, 60].map((m) => (
              <option key={m} value={m}>
                {t('appeal.minutes', { minutes: m })}
              </option>
            ))}
          </select>
        </label>
      </p>
      {open.length === 0 ? (
        <p className="muted">{t('appeal.noneOpen')}</p>
      ) : (
        <div className="appeal-form">
          <label>
            <span>{t('appeal.entry')}</span>
            <select
              value={chosen?.entryId ?? ''}
              onChange={(e) => setEntryId(Number(e.target.value))}
            >
              {open.map((e) => (
                <option key={e.entryId} value={e.entryId}>
                  {t('appeal.entryUntil', {
                    no: e.no,
                    name: e.name,
                    until: new Date(e.closesAt).toLocaleTimeString(),
                  })}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('appeal.by')}</span>
            <input value={by} maxLength={100} onChange={(e) => setBy(e.target.value)} />
          </label>
          <label className="appeal-what">
            <span>{t('appeal.what')}</span>
            <textarea
              value={what}
              rows={2}
              maxLength={1000}
              onChange={(e) => setWhat(e.target.value)}
            />
          </label>
          <button
            type="button"
            className="primary"
            disabled={!by.trim() || !what.trim()}
            onClick={file}
          >
            {t('appeal.file')}
          </button>
        </div>
      )}
      {props.view.appeals.length > 0 && (
        <ul className="appeal-list">
          {props.view.appeals.map((appeal) => (
            <AppealLine
              key={appeal.id}
              track={props.track}
              appeal={appeal}
              run={props.run}
              reload={props.reload}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function AppealLine(props: {
  track: string;
  appeal: Appeal;
  run: ReturnType<typeof useCall>['run'];
  reload: () => Promise<void>;
}) {
  const { t } = useI18n();
  const { current } = useCompetition();
  const rubric = current!.competition.tracks.find((x) => x.code === props.track)!;
  const { appeal } = props;
  const [reason, setReason] = useState('');
  // Upheld on a locked track publishes a new version: what the engine flags is confirmed first,
  // as for any lock (the store refuses it otherwise).
  const [confirming, setConfirming] = useState<TrackResultsView | null>(null);
  const [busy, setBusy] = useState(false);
  const decide = async (decision: AppealDecision, acknowledged: BlockingFlag[] = []) => {
    setBusy(true);
    await props.run(
      async () => {
        await call('appeals.decide', { appealId: appeal.id, decision, reason, acknowledged });
        setConfirming(null);
        await props.reload();
      },
      {
        answer: (errors) => {
          if (!errors.some((e) => e.code === 'results.lockUnconfirmed')) return false;
          // Answered here: the dialog lists what to confirm, read afresh.
          void props.run(async () =>
            setConfirming(await call('results.get', { track: props.track })),
          );
          return true;
        },
      },
    );
    setBusy(false);
  };
  return (
    <li className="appeal" data-appeal={appeal.no}>
      <div>
        {t('appeal.line', {
          no: appeal.no,
          name: appeal.name,
          by: appeal.filedBy,
          at: new Date(appeal.filedAt).toLocaleTimeString(),
          what: appeal.what,
        })}
      </div>
      {appeal.decision === null ? (
        <div className="appeal-decide">
          <input
            aria-label={t('appeal.reason')}
            placeholder={t('appeal.reason')}
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="button" disabled={!reason.trim()} onClick={() => decide('upheld')}>
            {t('appeal.upheld')}
          </button>
          <button type="button" disabled={!reason.trim()} onClick={() => decide('rejected')}>
            {t('appeal.rejected')}
          </button>
        </div>
      ) : (
        <div className={`appeal-decision decision-${appeal.decision}`}>
          {t(appeal.decision === 'upheld' ? 'appeal.decidedUpheld' : 'appeal.decidedRejected', {
            reason: appeal.reason ?? '',
            before: appeal.finalBefore,
            after: appeal.finalAfter ?? '',
          })}
          {appeal.version !== null && ` ${t('appeal.version', { version: appeal.version })}`}
        </div>
      )}
      {confirming && (
        <LockConfirmDialog
          open
          rubric={rubric}
          view={confirming}
          busy={busy}
          onConfirm={(acknowledged) => decide('upheld', acknowledged)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </li>
  );
}
