import { useEffect, useState } from 'react';
import type { PanelView } from '../../../../shared/api/seating';
import type { AppError } from '../../../../shared/errors';
import { MAX_SEAT } from '../../../../shared/panel/seats';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';

/** A seat number per judge of the panel; the store checks the whole seating (no seat twice). */
export function SeatsDialog(props: {
  open: boolean;
  track: string;
  panel: PanelView;
  busy: boolean;
  /** What the store refused, shown where the organizer is looking: in the dialog. */
  errors: AppError[];
  onSave: (seats: Array<{ judgeId: number; seat: number }>) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [typed, setTyped] = useState<Record<number, string>>({});
  const { open, panel } = props;
  useEffect(() => {
    if (open) {
      setTyped(Object.fromEntries(panel.members.map((m) => [m.judgeId, String(m.seat ?? '')])));
    }
  }, [open, panel]);
  const seats = panel.members.map((m) => ({
    judgeId: m.judgeId,
    seat: Number(typed[m.judgeId] ?? ''),
  }));
  const complete = seats.every(
    (s) => Number.isInteger(s.seat) && s.seat >= 1 && s.seat <= MAX_SEAT,
  );
  return (
    <ConfirmDialog
      open={open}
      title={t('seating.seatsTitle', { track: props.track })}
      confirmLabel={t('seating.saveSeats')}
      busy={props.busy}
      confirmDisabled={!complete}
      onConfirm={() => complete && props.onSave(seats)}
      onCancel={props.onCancel}
    >
      <ErrorList errors={props.errors} />
      <p>{t('seating.seatsBody')}</p>
      {panel.scored && <p className="muted">{t('seating.seatsScored')}</p>}
      <table className="grid list compact seats-form">
        <tbody>
          {panel.members.map((m) => (
            <tr key={m.judgeId}>
              <td>
                <input
                  className="seat-input"
                  inputMode="numeric"
                  aria-label={`${t('seating.seat')} ${m.name}`}
                  value={typed[m.judgeId] ?? ''}
                  onChange={(e) =>
                    setTyped({
                      ...typed,
                      [m.judgeId]: e.target.value.replace(/\D/g, '').slice(0, 2),
                    })
                  }
                />
              </td>
              <td>{m.name}</td>
              <td className="muted">{m.organization}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ConfirmDialog>
  );
}
