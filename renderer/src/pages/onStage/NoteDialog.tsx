import { useEffect, useState } from 'react';
import type { ReviewQueueEntry } from '../../../../shared/api/onStage';
import type { ReviewAction } from '../../../../shared/stage/review';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/I18nProvider';

/** Hold, or ask a judge to look again: the reason or what to look at, recorded with the decision. */
export function NoteDialog(props: {
  asking: { entryId: number; action: ReviewAction } | null;
  entry: ReviewQueueEntry | null;
  busy: boolean;
  onConfirm: (note: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const action = props.asking?.action;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new question starts empty
  useEffect(() => setNote(''), [props.asking?.entryId, action]);
  const lookAgain = action === 'lookAgain';
  return (
    <ConfirmDialog
      open={props.asking !== null}
      title={t(lookAgain ? 'onStage.lookAgainTitle' : 'onStage.holdTitle', {
        no: props.entry?.no ?? '',
        name: props.entry?.name ?? '',
      })}
      confirmLabel={t(lookAgain ? 'onStage.lookAgain' : 'onStage.hold')}
      busy={props.busy}
      confirmDisabled={lookAgain && note.trim() === ''}
      onConfirm={() => props.onConfirm(note)}
      onCancel={props.onCancel}
    >
      <label className="note-field">
        <span>{t(lookAgain ? 'onStage.lookAgainNote' : 'onStage.holdNote')}</span>
        <textarea value={note} rows={3} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </label>
    </ConfirmDialog>
  );
}
