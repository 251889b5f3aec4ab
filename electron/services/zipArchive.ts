import { constants, crc32, deflateRawSync } from 'node:zlib';

// Just enough of the zip format to compress a zip SheetJS wrote stored. Its own deflate (in
// JavaScript, fixed codes only) takes about as long as Node's zlib and makes files about three
// times the size.

export interface ZipEntry {
  name: string;
  content: Buffer;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** 2.0: deflate. */
const VERSION = 20;

/** The files of a zip whose files are all stored, in its order, as views into it (no copies). */
export function storedZipEntries(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(uint32(END_OF_DIRECTORY));
  if (end < 0) throw new Error('zipArchive: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error('zipArchive: bad directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (method !== STORED) throw new Error(`zipArchive: ${name} is compressed`);
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`zipArchive: bad ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({ name, content: zip.subarray(start, start + size) });
    at += 46 + skip;
  }
  return entries;
}

/** A file to zip, given as the parts it is made of, so that none is copied to join them. */
export interface ZipFile {
  name: string;
  parts: readonly Buffer[];
}

/** A zip of these files, each deflated, without dates (as SheetJS writes them). */
export function deflatedZip(files: ZipFile[]): Buffer {
  const output: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, parts } of files) {
    const fileName = Buffer.from(name, 'utf8');
    // Each part but the last ends on a byte boundary without closing the stream (a sync flush),
    // so the compressed parts joined are one deflate stream.
    const data = parts.map((part, i) =>
      deflateRawSync(part, i < parts.length - 1 ? { finishFlush: constants.Z_SYNC_FLUSH } : {}),
    );
    const dataSize = byteLength(data);
    // Version needed, flags, method, time, date, CRC-32, sizes, name length, extra length: the
    // fields the local header and the directory entry share.
    const common = Buffer.alloc(26);
    common.writeUInt16LE(VERSION, 0);
    common.writeUInt16LE(0, 2);
    common.writeUInt16LE(DEFLATED, 4);
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
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(byteLength(directory), 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...output, ...directory, end]);
}

function byteLength(buffers: readonly Buffer[]): number {
  return buffers.reduce((n, buffer) => n + buffer.length, 0);
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value, 0);
  return bytes;
}
