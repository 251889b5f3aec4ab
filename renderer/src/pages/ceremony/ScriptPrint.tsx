import type { CeremonyStep } from '../../../../shared/ceremony/awardsScript';
import { useI18n } from '../../i18n/I18nProvider';
import { useStepNames } from './useStepNames';

/** The host's script: each item, what to announce, and who, with organization and work. */
export function ScriptPrint({ steps }: { steps: CeremonyStep[] }) {
  const { t, pick, list } = useI18n();
  const { trackOf, headingOf } = useStepNames();
  return (
    <ol className="ceremony-script">
      {steps.map((step, index) => (
        <li
          key={`${step.track}:${step.kind}:${pick(step.award)}:${step.group?.zh ?? ''}`}
          data-step={index + 1}
        >
          <h2>
            <span className="step-number">{t('ceremony.step', { n: index + 1 })}</span>{' '}
            {headingOf(step)}
            <span className="muted">
              {t('ceremony.stepCount', { count: step.recipients.length })}
            </span>
          </h2>
          <p className="announce">
            {t('ceremony.announce', { track: trackOf(step), award: pick(step.award) })}
          </p>
          <table className="ceremony-table">
            <thead>
              <tr>
                <th className="col-no">{t('results.no')}</th>
                <th className="col-name">{t('results.name')}</th>
                <th className="col-org">{t('results.organization')}</th>
                <th>{t('ceremony.workTitle')}</th>
              </tr>
            </thead>
            <tbody>
              {step.recipients.map((entry) => (
                <tr key={entry.id}>
                  <td className="col-no">{entry.no}</td>
                  <td>
                    <strong>{entry.name}</strong>
                    {entry.members.length > 0 && (
                      <div className="small">{list(entry.members.map((m) => m.name))}</div>
                    )}
                  </td>
                  <td>{entry.organization}</td>
                  <td>{entry.title}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </li>
      ))}
    </ol>
  );
}
