// What an imported file may be, known to the page that chooses it (to refuse a large one before
// reading it) and to the untrusted-file worker that reads it (electron/workers/readSheet.ts).

export const IMPORT_LIMITS = {
  /** The file as given; the local host accepts 20 MB of base64, which holds 15 MB. */
  maxBytes: 10 * 1024 * 1024,
  /** What an .xlsx may unpack to: rosters are small, zip bombs are not. */
  maxUnpackedBytes: 100 * 1024 * 1024,
  /** Cells of the sheet's used area (rows × columns), as far as cells with content really go. */
  maxCells: 200_000,
  /** Rows parsed at most; a sheet with content beyond them is refused. */
  maxRows: 20_000,
} as const;

export const MAX_IMPORT_MB = IMPORT_LIMITS.maxBytes / 1024 / 1024;
