import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import type { Entry } from '../../../../shared/domain/people';
import type { Track } from '../../../../shared/domain/rubric';
import { parseTimeOfDay, runningOrder } from '../../../../shared/print/runningOrder';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import { PrintTitle, usePrintMargins } from './PrintTitle';

/**
 * The running order (出场顺序) for the host and the wall: order, time, number, name or team,
 * organization, title. Read from the entries and the draw only: nothing of the panel or its
 * recusals (confidential until the results) is loaded on this page at all.
 */
export function RunningOrderPrint({ track }: { track: Track }) {
  const { t, pick, language } = useI18n();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [draw, setDraw] = useState<CallOutput<'draw.get'>>(null);
  const [start, setStart] = useState('');
  const [minutes, setMinutes] = useState(() => String(Math.ceil(track.timeLimitSeconds / 60) + 2));
  const { errors, run } = useCall();
  const load = useCallback(
    () =>
      run(async () => {
        setEntries(await call('entries.list', { track: track.code }));
        setDraw(await call('draw.get', { track: track.code }));
      }),
    [run, track.code],
  );
  useEffect(() => {
    load();
  }, [load]);
  usePrintMargins(pick(track.name), null, false);

  const badStart = start.trim() !== '' && parseTimeOfDay(start) === null;
  const schedule =
    start.trim() !== '' && !badStart ? { start, minutesPerEntry: Number(minutes) || 0 } : null;
  const rows = runningOrder(entries, schedule);
  return (
    <>
      <div className="print-options no-print">
        <Field label={t('print.start')} hint={t('print.startHint')}>
          <input
            value={start}
            aria-invalid={badStart || undefined}
            onChange={(e) => setStart(e.target.value)}
          />
        </Field>
        <Field label={t('print.minutes')}>
          <input
            inputMode="numeric"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value.replace(/\D/g, ''))}
          />
        </Field>
        {badStart && <p className="cell-error">{t('print.badStart', { text: start })}</p>}
      </div>
      <ErrorList errors={errors} />
      {!draw && entries.length > 0 && (
        <p className="print-warning" role="status">
          {t('print.notDrawn')}
        </p>
      )}
      <article className="printout running-order">
        <PrintTitle heading={t('print.orderHeading', { track: pick(track.name) })}>
          {draw && (
            <p className="print-subtitle">
              {t('print.drawnAt', { at: new Date(draw.drawnAt).toLocaleString(language) })}
            </p>
          )}
        </PrintTitle>
        <table className="print-table">
          <thead>
            <tr>
              <th className="col-order">{t('print.order')}</th>
              <th className="col-slot">{t('print.slot')}</th>
              <th className="col-no">{t('results.no')}</th>
              <th>{t('results.name')}</th>
              <th>{t('results.organization')}</th>
              <th>{t('print.workTitle')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.no} className={row.status === 'competing' ? undefined : 'inactive'}>
                <td className="col-order">{row.order ?? ''}</td>
                <td className="col-slot">{row.slot ? `${row.slot.from}–${row.slot.to}` : ''}</td>
                <td className="col-no">{row.no}</td>
                <td>
                  <span className="entry-name">{row.name}</span>
                  {row.status !== 'competing' && (
                    <span className="entry-status">{t(`status.${row.status}`)}</span>
                  )}
                  {row.members.length > 0 && (
                    <span className="members">
                      {row.members.join(language === 'zh-CN' ? '、' : ', ')}
                    </span>
                  )}
                </td>
                <td>{row.organization}</td>
                <td>{row.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </article>
    </>
  );
}
