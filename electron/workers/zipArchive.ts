import { constants, crc32, deflateRawSync } from 'node:zlib';

// The one zip module: the directory of a zip from outside (read without trusting it, before
// anything is unpacked), the files of a zip SheetJS wrote stored, and the zips ScoreDesk writes
// (workbooks deflated by Node's zlib, a folder of paper sheets stored). Node's zlib, not
// SheetJS's own deflate (JavaScript, fixed codes only): about as fast, a third of the size.

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
/** The end record is 22 bytes, then a comment of at most 65,535. */
const END_RECORD = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;
/** 2.0: deflate. */
const VERSION = 20;
/** General purpose flag bit 11: the name is UTF-8 (Chinese names right in every unzip tool). */
const UTF8_NAME = 0x0800;

/** What a zip's central directory says of one file: nothing unpacked, nothing trusted. */
export interface ZipDirectoryEntry {
  name: string;
  method: number;
  packedSize: number;
  unpackedSize: number;
  localOffset: number;
}

/** A zip whose directory cannot be read: not a zip, or one cut short or made up. */
export class UnreadableZip extends Error {}

/**
 * The central directory's entries, one at a time, so that a reader may stop at the first one
 * over its limits. Every offset is checked against the bytes: a made-up directory throws
 * UnreadableZip rather than reading past the end.
 */
export function* zipDirectory(zip: Uint8Array): Generator<ZipDirectoryEntry> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = endOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL_HEADER) {
      throw new UnreadableZip('bad central directory');
    }
    const nameLength = view.getUint16(at + 28, true);
    if (at + 46 + nameLength > zip.length) throw new UnreadableZip('bad central directory');
    yield {
      name: names.decode(zip.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      packedSize: view.getUint32(at + 20, true),
      unpackedSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

/** The last end record within the comment's reach of the end. */
function endOfDirectory(view: DataView): number {
  const last = view.byteLength - END_RECORD;
  for (let i = last; i >= Math.max(0, last - MAX_COMMENT); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) return i;
  }
  throw new UnreadableZip('no end of central directory');
}

export interface ZipEntry {
  name: string;
  content: Buffer;
}

/**
 * The files of a zip whose files are all stored, in its order, as views into it (no copies).
 * For zips ScoreDesk has just had SheetJS write, to patch and compress them.
 */
export function storedZipEntries(zip: Buffer): ZipEntry[] {
  return [...zipDirectory(zip)].map(({ name, method, packedSize, localOffset }) => {
    if (method !== STORED) throw new Error(`zipArchive: ${name} is compressed`);
    if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL_HEADER) {
      throw new Error(`zipArchive: bad ${name}`);
    }
    const start =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    return { name, content: zip.subarray(start, start + packedSize) };
  });
}

/** A file to zip, given as the parts it is made of, so that none is copied to join them. */
export interface ZipFile {
  name: string;
  parts: readonly Buffer[];
}

/** A zip of these files, each deflated, without dates (as SheetJS writes them). */
export function deflatedZip(files: readonly ZipFile[]): Buffer {
  return zipOf(files, DEFLATED);
}

/** A plain zip of files already compressed (.xlsx): stored as they are. */
export function storedZip(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>): Buffer {
  return zipOf(
    files.map(({ name, bytes }) => ({ name, parts: [Buffer.from(bytes)] })),
    STORED,
  );
}

function zipOf(files: readonly ZipFile[], method: typeof STORED | typeof DEFLATED): Buffer {
  const output: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, parts } of files) {
    const fileName = Buffer.from(name, 'utf8');
    const data = method === DEFLATED ? deflatedParts(parts) : parts;
    const dataSize = byteLength(data);
    // Version needed, flags, method, time, date, CRC-32, sizes, name length, extra length: the
    // fields the local header and the directory entry share.
    const common = Buffer.alloc(26);
    common.writeUInt16LE(VERSION, 0);
    common.writeUInt16LE(fileName.length === name.length ? 0 : UTF8_NAME, 2);
    common.writeUInt16LE(method, 4);
    common.writeUInt32LE(
      parts.reduce((crc, part) => crc32(part, crc), 0),
      10,
    );
    common.writeUInt32LE(dataSize, 14);
    common.writeUInt32LE(byteLength(parts), 18);
    common.writeUInt16LE(fileName.length, 22);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(VERSION, 4);
    common.copy(central, 6);
    central.writeUInt32LE(offset, 42);
    directory.push(central, fileName);
    output.push(uint32(LOCAL_HEADER), common, fileName, ...data);
    offset += 30 + fileName.length + dataSize;
  }
  const end = Buffer.alloc(END_RECORD);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(byteLength(directory), 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...output, ...directory, end]);
}

/**
 * Each part but the last ends on a byte boundary without closing the stream (a sync flush), so
 * the compressed parts joined are one deflate stream.
 */
function deflatedParts(parts: readonly Buffer[]): Buffer[] {
  return parts.map((part, i) =>
    deflateRawSync(part, i < parts.length - 1 ? { finishFlush: constants.Z_SYNC_FLUSH } : {}),
  );
}

function byteLength(buffers: readonly Buffer[]): number {
  return buffers.reduce((n, buffer) => n + buffer.length, 0);
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value, 0);
  return bytes;
}
