import {
  type CertificateField,
  type CertificateLayout,
  certificateFields,
  paperSize,
} from '../../../../shared/ceremony/certificateLayout';
import type { Certificate } from '../../../../shared/ceremony/certificates';
import { useI18n } from '../../i18n/I18nProvider';
import { useStepNames } from './useStepNames';

/** 1 pt = 0.3528 mm: where a line of the award field ends, for the closing line under it. */
const MM_PER_PT = 25.4 / 72;

/**
 * One certificate at its real size in millimetres. On pre-printed paper only the fields print,
 * as bare values (the paper says 荣获 and 特发此证); on plain paper a border, a title and the
 * words around the values. `background` is the blank paper's image, for the preview only.
 */
export function CertificateSheet(props: {
  certificate: Certificate;
  layout: CertificateLayout;
  competition: string;
  background?: string | null;
}) {
  const { t, pick, list } = useI18n();
  const { trackOf } = useStepNames();
  const { certificate, layout } = props;
  const { width, height } = paperSize(layout);
  const plain = layout.style === 'plain';
  const track = trackOf({ trackName: certificate.track, group: certificate.group });
  const text: Record<CertificateField, string> = {
    name: list(certificate.people),
    organization: certificate.organization,
    track: plain ? t('certificate.trackText', { competition: props.competition, track }) : track,
    award: plain
      ? t('certificate.awardText', { award: pick(certificate.award) })
      : pick(certificate.award),
    number: plain
      ? t('certificate.numberText', { number: certificate.number })
      : certificate.number,
    date: certificate.date,
  };
  const award = layout.fields.award;
  return (
    <div
      className={`certificate-sheet ${plain ? 'plain' : 'preprinted'}`}
      data-entry={certificate.entryNo}
      style={{ width: `${width}mm`, height: `${height}mm` }}
    >
      {props.background && <img className="certificate-background" src={props.background} alt="" />}
      {plain && <div className="certificate-border" />}
      {plain && <div className="certificate-title">{t('certificate.title')}</div>}
      {certificateFields.map((name) => {
        const field = layout.fields[name];
        if (!field.show || !text[name]) return null;
        return (
          <div
            key={name}
            className="certificate-field"
            data-field={name}
            style={{
              left: `${field.x}mm`,
              top: `${field.y}mm`,
              width: `${field.width}mm`,
              fontSize: `${field.size}pt`,
              textAlign: field.align,
              fontWeight: field.bold ? 700 : 400,
            }}
          >
            {text[name]}
          </div>
        );
      })}
      {plain && award.show && (
        <div
          className="certificate-field certificate-closing"
          style={{
            left: `${award.x}mm`,
            top: `${award.y + award.size * MM_PER_PT * 1.3 + 6}mm`,
            width: `${award.width}mm`,
            textAlign: award.align,
          }}
        >
          {t('certificate.closing')}
        </div>
      )}
    </div>
  );
}
