import {
  fieldsOf,
  headerNames,
  type ImportField,
  type ImportKind,
  type Mapping,
  memberColumn,
  repeatableFields,
} from './fields';
import { headerKey } from './normalize';

/** Rows searched for the header: enough for a title, a subtitle and a few notes above it. */
export const HEADER_SEARCH_ROWS = 30;

interface Match {
  field: ImportField;
  /** Lower is better: exact names by their order, then names found inside the header. */
  rank: number;
}

/** What a header most likely means, or null. */
export function matchHeader(header: string, kind: ImportKind): Match | null {
  const key = headerKey(header);
  if (key.length === 0) return null;
  if (kind === 'roster' && memberColumn.test(key)) return { field: 'member', rank: 0 };
  let best: Match | null = null;
  for (const field of fieldsOf(kind)) {
    const names = headerNames[kind][field] ?? [];
    for (const [index, name] of names.entries()) {
      const alias = headerKey(name);
      let rank: number | null = null;
      if (alias === key) rank = index;
      // 所在单位名称 holds 单位; the longest name found inside wins over shorter ones.
      else if (alias.length >= 2 && key.includes(alias)) rank = 1000 - alias.length * 10 + index;
      if (rank !== null && (best === null || rank < best.rank)) best = { field, rank };
    }
  }
  return best;
}

/** The header row: among the first rows, the one whose cells look most like known headers. */
export function detectHeaderRow(rows: string[][], kind: ImportKind): number | null {
  let best: { row: number; score: number } | null = null;
  for (const [index, row] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const fields = new Set(
      row.map((cell) => matchHeader(cell, kind)?.field).filter((f) => f !== undefined),
    );
    const score = fields.size;
    if (score >= 2 && (best === null || score > best.score)) best = { row: index, score };
  }
  return best?.row ?? null;
}

/** Each field to the column that names it best; repeatable fields to every column naming them. */
export function suggestMapping(headers: string[], kind: ImportKind): Mapping {
  const matches = headers.map((header) => matchHeader(header, kind));
  const mapping: Mapping = headers.map(() => null);
  const taken = new Map<ImportField, { column: number; rank: number }>();
  for (const [column, match] of matches.entries()) {
    if (!match) continue;
    if (repeatableFields.has(match.field)) {
      mapping[column] = match.field;
      continue;
    }
    const holder = taken.get(match.field);
    if (holder && holder.rank <= match.rank) continue;
    if (holder) mapping[holder.column] = null;
    mapping[column] = match.field;
    taken.set(match.field, { column, rank: match.rank });
  }
  return mapping;
}

/** A, B, … Z, AA: the column letters spreadsheets show. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
