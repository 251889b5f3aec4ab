import { useState } from 'react';
import type { LanStatus, PairingCodeView } from '../../../../shared/api/lan';
import { certificateFingerprintText, JUDGE_PAGE_PATH } from '../../../../shared/lan/pairingLink';
import { useCompetition } from '../../CompetitionContext';
import { PAGE_MARKERS, reportPageRule, usePageRule } from '../../components/pageRule';
import { useI18n } from '../../i18n/I18nProvider';
import { PairingQr } from './PairingQr';
import { seatsText } from './seatsText';

/** Lowest seat first, then by name: the order the judges sit at the table. */
function bySeat(a: PairingCodeView, b: PairingCodeView): number {
  const first = (c: PairingCodeView) => Math.min(...Object.values(c.seats), 99);
  return first(a) - first(b) || a.judge.localeCompare(b.judge, 'zh-CN');
}

/**
 * The printed pairing sheet: a card per judge (six to an A4 page, none cut by a page break)
 * with seat, name, QR code, code, address, certificate fingerprint and expiry. Printed only:
 * on screen the same codes are in the pairing table.
 */
export function PairingSheet(props: { status: LanStatus; codes: readonly PairingCodeView[] }) {
  const { t, pick, list, language } = useI18n();
  const { current } = useCompetition();
  const competition = current!.competition;
  const [printedAt] = useState(() => new Date());
  const at = (iso: string | Date) =>
    new Date(iso).toLocaleString(language, { dateStyle: 'short', timeStyle: 'short' });
  usePageRule(
    reportPageRule({
      header: t('hallScreen.sheetPageHeader', { competition: competition.name, at: at(printedAt) }),
      pageNumber: t('print.pageNumber', PAGE_MARKERS),
      landscape: false,
    }),
  );
  // Four lines of eight pairs, as the screen shows them: compared a line at a time.
  const fingerprint = props.status.certificate
    ? (certificateFingerprintText(props.status.certificate).match(/(?:[0-9A-F]{2}:?){1,8}/g) ?? [])
    : null;
  // Codes made for another address (the hall opened elsewhere since) would not pair.
  const codes = props.codes
    .filter((c) => props.status.origin !== null && c.link.startsWith(props.status.origin))
    .filter((c) => Date.parse(c.expiresAt) > printedAt.getTime())
    .sort(bySeat);
  return (
    <div className="print-only pairing-sheet">
      <header className="pairing-sheet-head">
        <p className="print-competition">{competition.name}</p>
        <h2>{t('hallScreen.sheetTitle')}</h2>
        <p className="small">{t('hallScreen.sheetHint')}</p>
      </header>
      {codes.length === 0 && <p>{t('hallScreen.sheetEmpty')}</p>}
      <div className="pairing-cards">
        {codes.map((code) => (
          <article key={code.judgeId} className="pairing-card" data-judge={code.judge}>
            <p className="pairing-card-seat">
              {seatsText(code.seats, competition, { pick, list, language })}
            </p>
            <p className="pairing-card-name">{code.judge}</p>
            <div className="pairing-card-body">
              <PairingQr
                className="pairing-card-qr"
                link={code.link}
                label={t('hallScreen.qrLabel', { judge: code.judge })}
              />
              <div>
                <p className="pairing-card-code">{code.code}</p>
                <p className="pairing-card-label">{t('hallScreen.sheetFingerprint')}</p>
                <p className="pairing-card-fingerprint">
                  {fingerprint
                    ? fingerprint.map((line, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: lines may repeat; their place is the key
                        <span key={i}>{line.replace(/:$/, '')}</span>
                      ))
                    : t('hallScreen.sheetHttp')}
                </p>
              </div>
            </div>
            <dl className="pairing-card-facts">
              <dt>{t('hallScreen.sheetAddress')}</dt>
              <dd>{`${props.status.origin}${JUDGE_PAGE_PATH}`}</dd>
              <dt>{t('hallScreen.sheetExpires')}</dt>
              <dd>{at(code.expiresAt)}</dd>
            </dl>
          </article>
        ))}
      </div>
    </div>
  );
}
