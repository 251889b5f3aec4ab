import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';

export function DrawPanel(props: { track: string; onDrawn: () => void }) {
  const { t, language } = useI18n();
  const [draw, setDraw] = useState<CallOutput<'draw.get'>>(null);
  const [seed, setSeed] = useState('');
  const { errors, run } = useCall();

  const load = useCallback(
    () => run(async () => setDraw(await call('draw.get', { track: props.track }))),
    [run, props.track],
  );
  useEffect(() => {
    load();
  }, [load]);

  const drawNow = () =>
    run(async () => {
      const chosen = seed.trim() === '' ? undefined : Number(seed);
      setDraw(await call('draw.run', { track: props.track, seed: chosen }));
      props.onDrawn();
    });

  return (
    <section className="card draw-panel">
      <h2>{t('panels.draw')}</h2>
      <p role="status">
        {draw
          ? t('panels.drawn', {
              seed: draw.seed,
              at: new Date(draw.drawnAt).toLocaleString(language),
            })
          : t('panels.notDrawn')}
      </p>
      {draw && draw.late.length > 0 && (
        <div className="late-entries">
          <p>{t('panels.lateEntries')}</p>
          <ul>
            {draw.late.map((late) => (
              <li key={late.entryId}>
                {t('panels.lateEntry', {
                  no: late.no,
                  name: late.name,
                  order: late.order,
                  at: new Date(late.at).toLocaleString(language),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="inline no-print">
        <Field label={t('panels.seed')}>
          <input
            inputMode="numeric"
            value={seed}
            onChange={(e) => setSeed(e.target.value.replace(/\D/g, ''))}
          />
        </Field>
        <button type="button" className="primary" onClick={drawNow}>
          {draw ? t('panels.redrawButton') : t('panels.drawButton')}
        </button>
      </div>
      <ErrorList errors={errors} />
    </section>
  );
}
