import { z } from 'zod';

// Where each field of a certificate (奖状) prints, in millimetres from the paper's top-left
// corner, so a layout measured with a ruler on the pre-printed paper can be typed in. The
// layout is a library-free model; the renderer draws it with CSS mm units and @page size.

export const certificateFields = [
  'name',
  'organization',
  'track',
  'award',
  'number',
  'date',
] as const;
export type CertificateField = (typeof certificateFields)[number];

const mm = (max: number) => z.number().min(0).max(max).multipleOf(0.1);

export const fieldPlacementSchema = z.object({
  show: z.boolean(),
  /** The left edge of the field's box, and the top of its first line (mm). */
  x: mm(1000),
  y: mm(1000),
  /** The box's width (mm): the text is aligned within it and wraps inside it. */
  width: mm(1000).min(5),
  /** Type size in points. */
  size: z.number().min(6).max(96).multipleOf(0.5),
  align: z.enum(['left', 'center', 'right']),
  bold: z.boolean(),
});
export type FieldPlacement = z.infer<typeof fieldPlacementSchema>;

export const paperPresets = ['a4Landscape', 'a4Portrait', 'a3Landscape', 'custom'] as const;
export type PaperPreset = (typeof paperPresets)[number];

/** Width × height in mm of each preset; custom takes the layout's own. */
export const presetSizes: Record<Exclude<PaperPreset, 'custom'>, [number, number]> = {
  a4Landscape: [297, 210],
  a4Portrait: [210, 297],
  a3Landscape: [420, 297],
};

export const certificateLayoutSchema = z.object({
  paper: z.object({
    preset: z.enum(paperPresets),
    width: mm(1000).min(50),
    height: mm(1000).min(50),
  }),
  /** preprinted: only the fields, onto the bought paper; plain: a border and a title too. */
  style: z.enum(['preprinted', 'plain']),
  fields: z.object(
    Object.fromEntries(certificateFields.map((f) => [f, fieldPlacementSchema])) as Record<
      CertificateField,
      typeof fieldPlacementSchema
    >,
  ),
  /** Certificate numbers: this prefix, then 001, 002 … in the order of the ceremony. */
  numberPrefix: z.string().trim().max(30),
  /** The date as it should read on the certificate (e.g. 二〇二六年十月); blank: none. */
  dateText: z.string().trim().max(60),
});
export type CertificateLayout = z.infer<typeof certificateLayoutSchema>;

const field = (
  x: number,
  y: number,
  width: number,
  size: number,
  changes: Partial<FieldPlacement> = {},
): FieldPlacement => ({ show: true, x, y, width, size, align: 'center', bold: false, ...changes });

/** A4 landscape, the fields where most pre-printed 荣誉证书 leave room, centred. */
export const defaultCertificateLayout: CertificateLayout = {
  paper: { preset: 'a4Landscape', width: 297, height: 210 },
  style: 'plain',
  fields: {
    name: field(48.5, 78, 200, 26, { bold: true }),
    organization: field(48.5, 96, 200, 14),
    track: field(48.5, 112, 200, 16),
    award: field(48.5, 128, 200, 24, { bold: true }),
    number: field(30, 178, 100, 10, { align: 'left' }),
    date: field(167, 172, 100, 14, { align: 'right' }),
  },
  numberPrefix: '',
  dateText: '',
};

/** The paper's size in mm, from the preset or the custom figures. */
export function paperSize(layout: CertificateLayout): { width: number; height: number } {
  const { preset } = layout.paper;
  if (preset === 'custom') return { width: layout.paper.width, height: layout.paper.height };
  const [width, height] = presetSizes[preset];
  return { width, height };
}

/** Certificate number n (1-based) of the ceremony. */
export function certificateNumber(layout: CertificateLayout, n: number): string {
  return `${layout.numberPrefix}${String(n).padStart(3, '0')}`;
}

/** The fields that would print (partly) off the paper: said on screen before printing. */
export function fieldsOffPaper(layout: CertificateLayout): CertificateField[] {
  const { width, height } = paperSize(layout);
  return certificateFields.filter((name) => {
    const f = layout.fields[name];
    // A line of type is about size × 0.3528 mm high (1 pt = 0.3528 mm).
    return f.show && (f.x + f.width > width + 0.05 || f.y + f.size * 0.3528 > height + 0.05);
  });
}

const tenth = (mm: number) => Math.round(mm * 10) / 10;

/**
 * The layout moved to another paper size: every field keeps its place in proportion (x and
 * width with the width, y with the height) and its type grows or shrinks with the paper, so the
 * default layout or one measured on A4 still looks right on A3.
 */
export function scaleLayout(
  layout: CertificateLayout,
  paper: CertificateLayout['paper'],
): CertificateLayout {
  const from = paperSize(layout);
  const to = paperSize({ ...layout, paper });
  const sx = to.width / from.width;
  const sy = to.height / from.height;
  const type = Math.min(sx, sy);
  const fields = Object.fromEntries(
    certificateFields.map((name) => {
      const f = layout.fields[name];
      return [
        name,
        {
          ...f,
          x: tenth(f.x * sx),
          y: tenth(f.y * sy),
          width: Math.max(5, tenth(f.width * sx)),
          size: Math.min(96, Math.max(6, Math.round(f.size * type * 2) / 2)),
        },
      ];
    }),
  ) as CertificateLayout['fields'];
  return { ...layout, paper, fields };
}
