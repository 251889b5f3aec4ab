import {
  type CertificateLayout,
  certificateFields,
  type FieldPlacement,
  paperPresets,
  presetSizes,
  scaleLayout,
} from '../../../../shared/ceremony/certificateLayout';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';

/** A number input in tenths of a millimetre (or half points), kept on the schema's scale. */
function Measure(props: {
  label: string;
  value: number;
  step: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}) {
  return (
    <input
      type="number"
      aria-label={props.label}
      value={props.value}
      step={props.step}
      min={props.min}
      max={props.max}
      onChange={(e) => {
        const value = Number(e.target.value);
        if (e.target.value === '' || !Number.isFinite(value)) return;
        const scaled = Math.round(value / props.step) * props.step;
        props.onChange(Math.min(props.max, Math.max(props.min, Number(scaled.toFixed(1)))));
      }}
    />
  );
}

/** Paper, style, and every field's place in millimetres from the paper's top-left corner. */
export function CertificateLayoutForm(props: {
  layout: CertificateLayout;
  onChange: (layout: CertificateLayout) => void;
}) {
  const { t } = useI18n();
  const { layout } = props;
  const setField = (name: (typeof certificateFields)[number], change: Partial<FieldPlacement>) =>
    props.onChange({
      ...layout,
      fields: { ...layout.fields, [name]: { ...layout.fields[name], ...change } },
    });
  return (
    <div className="certificate-form">
      <div className="inline certificate-paper">
        <Field label={t('certificate.style')}>
          <select
            aria-label={t('certificate.style')}
            value={layout.style}
            onChange={(e) =>
              props.onChange({ ...layout, style: e.target.value as CertificateLayout['style'] })
            }
          >
            <option value="preprinted">{t('certificate.style.preprinted')}</option>
            <option value="plain">{t('certificate.style.plain')}</option>
          </select>
        </Field>
        <Field label={t('certificate.paper')}>
          <select
            aria-label={t('certificate.paper')}
            value={layout.paper.preset}
            onChange={(e) => {
              const preset = e.target.value as CertificateLayout['paper']['preset'];
              const [width, height] =
                preset === 'custom'
                  ? [layout.paper.width, layout.paper.height]
                  : presetSizes[preset];
              // Another paper: the fields keep their places in proportion.
              props.onChange(scaleLayout(layout, { preset, width, height }));
            }}
          >
            {paperPresets.map((preset) => (
              <option key={preset} value={preset}>
                {t(`certificate.paper.${preset}`)}
              </option>
            ))}
          </select>
        </Field>
        {layout.paper.preset === 'custom' && (
          <>
            <Field label={t('certificate.width')}>
              <Measure
                label={t('certificate.width')}
                value={layout.paper.width}
                step={0.1}
                min={50}
                max={1000}
                onChange={(width) =>
                  props.onChange({ ...layout, paper: { ...layout.paper, width } })
                }
              />
            </Field>
            <Field label={t('certificate.height')}>
              <Measure
                label={t('certificate.height')}
                value={layout.paper.height}
                step={0.1}
                min={50}
                max={1000}
                onChange={(height) =>
                  props.onChange({ ...layout, paper: { ...layout.paper, height } })
                }
              />
            </Field>
          </>
        )}
        <Field label={t('certificate.numberPrefix')}>
          <input
            value={layout.numberPrefix}
            maxLength={30}
            onChange={(e) => props.onChange({ ...layout, numberPrefix: e.target.value })}
          />
        </Field>
        <Field label={t('certificate.dateText')}>
          <input
            value={layout.dateText}
            maxLength={60}
            onChange={(e) => props.onChange({ ...layout, dateText: e.target.value })}
          />
        </Field>
      </div>
      <table className="certificate-fields">
        <caption>{t('certificate.fields')}</caption>
        <thead>
          <tr>
            <th>{t('certificate.field')}</th>
            <th>{t('certificate.show')}</th>
            <th>{t('certificate.x')}</th>
            <th>{t('certificate.y')}</th>
            <th>{t('certificate.boxWidth')}</th>
            <th>{t('certificate.size')}</th>
            <th>{t('certificate.align')}</th>
            <th>{t('certificate.bold')}</th>
          </tr>
        </thead>
        <tbody>
          {certificateFields.map((name) => {
            const field = layout.fields[name];
            const label = t(`certificate.field.${name}`);
            return (
              <tr key={name} data-field={name}>
                <th>{label}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${label} ${t('certificate.show')}`}
                    checked={field.show}
                    onChange={(e) => setField(name, { show: e.target.checked })}
                  />
                </td>
                {(['x', 'y', 'width'] as const).map((key) => (
                  <td key={key}>
                    <Measure
                      label={`${label} ${t(key === 'width' ? 'certificate.boxWidth' : `certificate.${key}`)}`}
                      value={field[key]}
                      step={0.1}
                      min={key === 'width' ? 5 : 0}
                      max={1000}
                      onChange={(value) => setField(name, { [key]: value })}
                    />
                  </td>
                ))}
                <td>
                  <Measure
                    label={`${label} ${t('certificate.size')}`}
                    value={field.size}
                    step={0.5}
                    min={6}
                    max={96}
                    onChange={(size) => setField(name, { size })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`${label} ${t('certificate.align')}`}
                    value={field.align}
                    onChange={(e) =>
                      setField(name, { align: e.target.value as FieldPlacement['align'] })
                    }
                  >
                    {(['left', 'center', 'right'] as const).map((align) => (
                      <option key={align} value={align}>
                        {t(`certificate.align.${align}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${label} ${t('certificate.bold')}`}
                    checked={field.bold}
                    onChange={(e) => setField(name, { bold: e.target.checked })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
