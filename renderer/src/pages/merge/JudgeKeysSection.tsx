import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { useConfirm } from '../../components/useConfirm';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';

type JudgeKey = CallOutput<'judgeKeys.list'>[number];

/**
 * The judges' keys. A judge's first score file brings a key made on the judge's own device: its
 * fingerprint is read aloud from the judge's screen and compared here before it is accepted;
 * until then that judge's files wait. A lost laptop or a leaked file: retire, then issue again.
 */
export function JudgeKeysSection(props: { generation: number; onChanged: () => void }) {
  const { t, language } = useI18n();
  const [keys, setKeys] = useState<JudgeKey[]>([]);
  const [retiring, setRetiring] = useState<{ judgeId: number; reason: string } | null>(null);
  const { errors, run } = useCall();
  const [dialog, ask] = useConfirm();

  const reload = useCallback(
    () => run(async () => setKeys(await call('judgeKeys.list', {}))),
    [run],
  );
  useEffect(() => {
    if (props.generation >= 0) reload();
  }, [reload, props.generation]);

  const accept = async (key: JudgeKey) => {
    const yes = await ask({
      title: t('judgeKeys.acceptTitle', { judge: key.judge }),
      body: (
        <p>
          {t('judgeKeys.acceptBody')}
          <strong className="fingerprint">{key.fingerprint}</strong>
        </p>
      ),
      confirmLabel: t('judgeKeys.accept'),
    });
    if (!yes) return;
    const done = await run(() =>
      call('judgeKeys.accept', { judgeId: key.judgeId, fingerprint: key.fingerprint }),
    );
    if (done) {
      await reload();
      props.onChanged();
    }
  };

  const retire = async () => {
    if (!retiring) return;
    const done = await run(() => call('judgeKeys.retire', retiring));
    if (done) {
      setRetiring(null);
      await reload();
      props.onChanged();
    }
  };

  if (keys.length === 0 && errors.length === 0) return null;
  const waiting = keys.filter((k) => k.state === 'pending').length;
  return (
    <section className="card judge-keys" aria-labelledby="judge-keys-title">
      <h2 id="judge-keys-title">{t('judgeKeys.title')}</h2>
      {waiting > 0 && <p className="small">{t('judgeKeys.waiting', { count: waiting })}</p>}
      <ErrorList errors={errors} />
      <table className="grid list">
        <thead>
          <tr>
            <th>{t('judgeFileStatus.judge')}</th>
            <th>{t('judgeKeys.fingerprint')}</th>
            <th>{t('judgeKeys.state')}</th>
            <th>{t('judgeKeys.when')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr
              key={`${key.judgeId}-${key.fingerprint}`}
              data-judge={key.judge}
              data-state={key.state}
            >
              <td>{key.judge}</td>
              <td>
                <code className="fingerprint">{key.fingerprint}</code>
              </td>
              <td>
                <span className={`badge ${key.state === 'accepted' ? 'ok' : 'warn'}`}>
                  {t(`judgeKeys.state.${key.state}`)}
                </span>
                {key.reason && <span className="small muted"> {key.reason}</span>}
              </td>
              <td className="small">
                {new Date(key.decidedAt ?? key.firstSeenAt).toLocaleString(language)}
              </td>
              <td>
                {key.state === 'pending' && (
                  <button type="button" className="primary" onClick={() => accept(key)}>
                    {t('judgeKeys.compare')}
                  </button>
                )}
                {key.state === 'accepted' && (
                  <button
                    type="button"
                    onClick={() => setRetiring({ judgeId: key.judgeId, reason: '' })}
                  >
                    {t('judgeKeys.retire')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {retiring && (
        <div className="inline retire-key">
          <label>
            <span className="field-label">{t('judgeKeys.retireReason')}</span>
            <input
              value={retiring.reason}
              onChange={(e) => setRetiring({ ...retiring, reason: e.target.value })}
            />
          </label>
          <button type="button" className="danger" onClick={retire}>
            {t('judgeKeys.retireConfirm')}
          </button>
          <button type="button" onClick={() => setRetiring(null)}>
            {t('action.cancel')}
          </button>
        </div>
      )}
      {dialog}
    </section>
  );
}
