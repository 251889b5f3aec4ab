import { useEffect, useRef, useState } from 'react';
import {
  backgroundTypes,
  type CeremonySettings,
  MAX_BACKGROUND_BASE64,
} from '../../../../shared/api/stage';
import type { CeremonyStep } from '../../../../shared/ceremony/awardsScript';
import {
  type CertificateLayout,
  defaultCertificateLayout,
  fieldsOffPaper,
  paperSize,
  scaleLayout,
} from '../../../../shared/ceremony/certificateLayout';
import { certificates } from '../../../../shared/ceremony/certificates';
import type { Competition } from '../../../../shared/domain/competition';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { FilePicker } from '../../components/FilePicker';
import { paperPageRule, usePageRule } from '../../components/pageRule';
import { useI18n } from '../../i18n/I18nProvider';
import { readFileBase64 } from '../../readFileBase64';
import { useCall } from '../../useCall';
import { CertificateLayoutForm } from './CertificateLayoutForm';
import { CertificateSheet } from './CertificateSheet';
import './Certificates.css';

const PX_PER_MM = 96 / 25.4;

/** The width a column has on screen, followed as the window is resized. */
function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(720);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/**
 * Certificates: the layout in millimetres, a preview over the blank paper's image, and every
 * certificate printed one per page on the chosen paper (the image never prints). What prints is
 * the layout on screen, saved or not.
 */
export function CertificatesPanel(props: {
  competition: Competition;
  steps: CeremonyStep[];
  settings: CeremonySettings;
  onSettings: (settings: CeremonySettings) => void;
}) {
  const { t, list, language } = useI18n();
  const [layout, setLayout] = useState<CertificateLayout>(props.settings.layout);
  const [shown, setShown] = useState(0);
  const { errors, setErrors, run } = useCall();
  const column = useWidth<HTMLDivElement>();
  const { width, height } = paperSize(layout);
  usePageRule(paperPageRule(width, height));

  const endDate = props.competition.endDate;
  const date =
    layout.dateText ||
    (endDate
      ? new Date(`${endDate}T12:00:00`).toLocaleDateString(language, { dateStyle: 'long' })
      : '');
  const all = certificates(props.steps, { ...layout, dateText: date });
  const index = Math.min(shown, Math.max(0, all.length - 1));
  const unsaved = JSON.stringify(layout) !== JSON.stringify(props.settings.layout);
  const off = fieldsOffPaper(layout);
  const background = props.settings.background;
  const backgroundUrl = background && `data:${background.type};base64,${background.base64}`;

  const save = () =>
    run(async () =>
      props.onSettings(
        await call('ceremony.saveSettings', { options: props.settings.options, layout }),
      ),
    );

  const chooseBackground = async (files: File[]) => {
    const file = files[0];
    if (!file) return;
    const type = backgroundTypes.find((x) => x === file.type);
    const refuse = (error: AppError) => setErrors([error]);
    if (!type) return refuse({ code: 'certificate.backgroundType', params: { file: file.name } });
    if (file.size * 1.34 > MAX_BACKGROUND_BASE64) {
      return refuse({
        code: 'certificate.backgroundTooLarge',
        params: { size: (file.size / 1024 / 1024).toFixed(1) },
      });
    }
    const base64 = await readFileBase64(file);
    await run(async () =>
      props.onSettings(await call('ceremony.setBackground', { background: { type, base64 } })),
    );
  };

  // The sheet keeps its millimetres; the preview is zoomed to the column (less the frame), at
  // most 860 px wide so the form above stays near it.
  const scale = Math.min(1, Math.max(0.1, Math.min(860, column.width - 4) / (width * PX_PER_MM)));
  return (
    <section className="certificates">
      <div className="no-print certificates-editor">
        <div className="certificate-settings">
          <h2>{t('certificate.layout')}</h2>
          <CertificateLayoutForm layout={layout} onChange={setLayout} />
          <div className="inline certificate-actions">
            <button type="button" className="primary" onClick={save} disabled={!unsaved}>
              {t('certificate.save')}
            </button>
            <button
              type="button"
              onClick={() =>
                setLayout({
                  ...layout,
                  fields: scaleLayout(defaultCertificateLayout, layout.paper).fields,
                })
              }
            >
              {t('certificate.reset')}
            </button>
            {unsaved && <span className="warn-text small">{t('certificate.unsaved')}</span>}
          </div>
          {off.length > 0 && (
            <p className="warn-text" role="status">
              {t('certificate.offPaper', {
                fields: list(off.map((name) => t(`certificate.field.${name}`))),
              })}
            </p>
          )}
          <div className="certificate-background-pick">
            <strong>{t('certificate.background')}</strong>
            <p className="muted small">{t('certificate.backgroundHint')}</p>
            <FilePicker
              label={t('certificate.background')}
              button={t('certificate.chooseBackground')}
              accept={backgroundTypes.join(',')}
              onFiles={chooseBackground}
            />{' '}
            {background && (
              <button
                type="button"
                onClick={() =>
                  run(async () =>
                    props.onSettings(await call('ceremony.setBackground', { background: null })),
                  )
                }
              >
                {t('certificate.removeBackground')}
              </button>
            )}
          </div>
          <ErrorList errors={errors} />
        </div>
        <div className="certificate-preview-column" ref={column.ref}>
          <h2>{t('certificate.preview')}</h2>
          <p className="muted small">
            {t('certificate.count', { count: all.length })} {t('certificate.printHint')}
          </p>
          {all.length > 0 && (
            <>
              <div className="inline certificate-nav">
                <button type="button" disabled={index === 0} onClick={() => setShown(index - 1)}>
                  {t('certificate.previous')}
                </button>
                <span>{t('certificate.previewOf', { n: index + 1, count: all.length })}</span>
                <button
                  type="button"
                  disabled={index >= all.length - 1}
                  onClick={() => setShown(index + 1)}
                >
                  {t('certificate.next')}
                </button>
              </div>
              <div className="certificate-preview" style={{ zoom: scale }}>
                <CertificateSheet
                  certificate={all[index]!}
                  layout={layout}
                  competition={props.competition.name}
                  background={backgroundUrl}
                />
              </div>
            </>
          )}
        </div>
      </div>
      <div className="print-only certificate-print">
        {all.map((certificate) => (
          <CertificateSheet
            key={certificate.number}
            certificate={certificate}
            layout={layout}
            competition={props.competition.name}
          />
        ))}
      </div>
    </section>
  );
}
