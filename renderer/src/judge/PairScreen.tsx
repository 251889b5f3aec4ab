import { type FormEvent, useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { makeDeviceKey } from '../../../shared/lan/deviceScoreFile';
import { normalizePairingCode } from '../../../shared/lan/pairingCode';
import { certificateFingerprintText, parsePairingLink } from '../../../shared/lan/pairingLink';
import type { Pairing } from './deviceStore';
import { hallCall } from './hallCall';
import { useJudgeI18n } from './judgeI18n';
import { LanguageButton } from './LanguageButton';

const NAME_KEPT = 'scoredesk-judge-device-name';

/** The QR link's fragment (never sent to any server): the code and the certificate's SHA-256. */
function fromLink(): { code: string; certificate: string | null } {
  const link = parsePairingLink(location.href);
  return { code: link?.code ?? '', certificate: link?.certificate ?? null };
}

/** Pairing: the code from the QR link or typed, a name for the head table's list, one tap. */
export function PairScreen({ onPaired }: { onPaired: (pairing: Pairing) => Promise<void> }) {
  const { t, explain } = useJudgeI18n();
  const [link] = useState(fromLink);
  const [code, setCode] = useState(link.code);
  const [name, setName] = useState(
    () => localStorage.getItem(NAME_KEPT) ?? t('judgePage.deviceNameDefault'),
  );
  // Kept as codes, shown in the language of the moment (the judge may switch after an error).
  const [problem, setProblem] = useState<AppError[] | null>(null);
  const [busy, setBusy] = useState(false);

  const pair = async (event: FormEvent) => {
    event.preventDefault();
    const canonical = normalizePairingCode(code);
    if (!canonical) return setProblem([{ code: 'judgePage.codeMalformed' }]);
    setBusy(true);
    setProblem(null);
    try {
      const key = makeDeviceKey();
      const deviceName = name.trim() || t('judgePage.deviceNameDefault');
      const answer = await hallCall('device.pair', {
        code: canonical,
        deviceName,
        publicKey: key.publicKey,
      });
      if (answer.kind === 'unreachable') return setProblem([{ code: 'judgePage.cannotReach' }]);
      if (answer.kind === 'tokenRefused') return setProblem([{ code: answer.code }]);
      if (answer.kind === 'refused') return setProblem(answer.errors);
      localStorage.setItem(NAME_KEPT, deviceName);
      // The code is spent: it should not stay in the address bar or the history.
      history.replaceState(null, '', location.pathname);
      await onPaired({
        origin: location.origin,
        deviceId: answer.value.deviceId,
        deviceName,
        token: answer.value.token,
        secretKey: key.secretKey,
        publicKey: key.publicKey,
        judge: answer.value.judge,
        competitionKey: null,
        refused: null,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="judge-page">
      <header className="judge-bar">
        <span className="brand">{t('app.name')}</span>
        <span className="spacer" />
        <LanguageButton />
      </header>
      <main className="pair">
        <h1>{t('judgePage.pairTitle')}</h1>
        <p>{t('judgePage.pairExplain')}</p>
        {link.code && <p className="note">{t('judgePage.codeFromLink')}</p>}
        <form onSubmit={pair}>
          <label>
            <span>{t('judgePage.codeLabel')}</span>
            <input
              className="code"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              autoCapitalize="characters"
              autoComplete="off"
              autoCorrect="off"
              spellCheck={false}
              maxLength={20}
              placeholder="K7QM-3WXP"
            />
          </label>
          <label>
            <span>{t('judgePage.deviceNameLabel')}</span>
            <input value={name} onChange={(event) => setName(event.target.value)} maxLength={60} />
          </label>
          {problem && (
            <p className="problem" role="alert">
              {problem.map((e) => explain(e)).join(' ')}
            </p>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('judgePage.pairing') : t('judgePage.pair')}
          </button>
        </form>
        {link.certificate && (
          <p className="fingerprint-note">
            {t('judgePage.certificate')}
            <code>{certificateFingerprintText(link.certificate)}</code>
          </p>
        )}
      </main>
    </div>
  );
}
