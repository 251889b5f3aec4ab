import type { PanelView } from '../../../../shared/api/seating';
import { bySeat } from '../../../../shared/panel/seats';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * Where the posted results are signed: the head judge, each supervisor and every judge of the
 * panel by seat, each name printed under a line. A role nobody was named for still gets a line.
 */
export function SignatureGrid({ panel }: { panel: PanelView }) {
  const { t } = useI18n();
  const lines = [
    { role: t('print.signHeadJudge'), name: panel.headJudge?.name ?? '' },
    ...(panel.supervisors.length > 0
      ? panel.supervisors.map((s) => ({ role: t('print.signSupervisor'), name: s.name }))
      : [{ role: t('print.signSupervisor'), name: '' }]),
    ...bySeat(panel.members).map((m) => ({
      role: m.seat === null ? t('panelList.roleJudge') : t('seat.label', { seat: m.seat }),
      name: m.name,
    })),
  ];
  return (
    <section className="signature-grid" aria-label={t('print.signatures')}>
      <h3>{t('print.signatures')}</h3>
      <ul>
        {lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for the page
          <li key={i} className="signature-line">
            <span className="sign-role">{line.role}</span>
            <span className="sign-space" />
            <span className="sign-name">{line.name}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
