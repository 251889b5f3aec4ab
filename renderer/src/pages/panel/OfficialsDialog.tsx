import { useEffect, useState } from 'react';
import type { PanelView } from '../../../../shared/api/seating';
import type { Judge } from '../../../../shared/domain/people';
import type { AppError } from '../../../../shared/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorList } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { withOrganization } from './SeatingSection';

export interface OfficialsAnswer {
  headJudgeId: number | null;
  headJudgeScores: boolean;
  supervisorIds: number[];
}

/**
 * The track's head judge (whether they also score is the organizer's choice) and supervisors,
 * chosen among everyone on the judges list.
 */
export function OfficialsDialog(props: {
  open: boolean;
  track: string;
  panel: PanelView;
  judges: Judge[];
  busy: boolean;
  /** What the store refused, shown where the organizer is looking: in the dialog. */
  errors: AppError[];
  onSave: (answer: OfficialsAnswer) => void;
  onCancel: () => void;
}) {
  const { t, language } = useI18n();
  const { open, panel } = props;
  const [head, setHead] = useState<number | null>(null);
  const [scores, setScores] = useState(false);
  const [supervisors, setSupervisors] = useState<number[]>([]);
  useEffect(() => {
    if (!open) return;
    setHead(panel.headJudge?.judgeId ?? null);
    setScores(panel.headJudge?.scores ?? false);
    setSupervisors(panel.supervisors.map((s) => s.judgeId));
  }, [open, panel]);
  const scoring = new Set(panel.members.map((m) => m.judgeId));
  const label = (j: Judge) => withOrganization(j, language);
  return (
    <ConfirmDialog
      open={open}
      title={t('seating.officialsTitle', { track: props.track })}
      confirmLabel={t('seating.saveOfficials')}
      busy={props.busy}
      onConfirm={() =>
        props.onSave({
          headJudgeId: head,
          headJudgeScores: head !== null && scores,
          supervisorIds: supervisors.filter((id) => id !== head),
        })
      }
      onCancel={props.onCancel}
    >
      <ErrorList errors={props.errors} />
      <p className="muted">{t('seating.officialsHint')}</p>
      <Field label={t('seating.headJudgeChoice')}>
        <select
          value={head ?? ''}
          onChange={(e) => {
            const id = e.target.value === '' ? null : Number(e.target.value);
            setHead(id);
            // A judge already on the panel goes on scoring unless the organizer says otherwise.
            setScores(id !== null && scoring.has(id));
          }}
        >
          <option value="">{t('seating.noHeadJudge')}</option>
          {props.judges.map((j) => (
            <option key={j.id} value={j.id}>
              {label(j)}
            </option>
          ))}
        </select>
      </Field>
      <label className="choice">
        <input
          type="checkbox"
          disabled={head === null}
          checked={head !== null && scores}
          onChange={(e) => setScores(e.target.checked)}
        />
        {t('seating.headJudgeScoresChoice')}
      </label>
      <fieldset className="supervisor-choice">
        <legend>{t('seating.supervisors')}</legend>
        {props.judges
          .filter((j) => j.id !== head)
          .map((j) => (
            <label className="choice" key={j.id}>
              <input
                type="checkbox"
                checked={supervisors.includes(j.id)}
                onChange={(e) =>
                  setSupervisors(
                    e.target.checked
                      ? [...supervisors, j.id]
                      : supervisors.filter((id) => id !== j.id),
                  )
                }
              />
              {label(j)}
              {scoring.has(j.id) && (
                <span className="muted small"> {t('seating.supervisorOnPanel')}</span>
              )}
            </label>
          ))}
      </fieldset>
    </ConfirmDialog>
  );
}
