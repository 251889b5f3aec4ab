import type ExcelJS from 'exceljs';

// The look every printed workbook shares (results export, paper score sheets): A4, one page
// wide and as many pages down as it takes, thin borders, a grey header. The font is the one
// Chinese Office installs (等线); LibreOffice and WPS substitute a CJK font of the same metrics.

export const A4: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
};

/** Inches, as Excel keeps them; room for the running head and the page numbers. */
export const PAGE_MARGINS: ExcelJS.Margins = {
  left: 0.4,
  right: 0.4,
  top: 0.7,
  bottom: 0.7,
  header: 0.3,
  footer: 0.3,
};

export const BODY_FONT: Partial<ExcelJS.Font> = { name: '等线', size: 11 };

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
export const bordered: Partial<ExcelJS.Style> = {
  border: { top: thin, left: thin, bottom: thin, right: thin },
};

export const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8E8E8' },
};
