import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import {
  deflatedZip,
  storedZip,
  storedZipEntries,
  UnreadableZip,
  zipDirectory,
} from '../../electron/workers/zipArchive';

interface Container {
  FileIndex: Array<{ name: string; content: Uint8Array; type: number }>;
}
const CFB = XLSX.CFB as unknown as {
  read(data: Buffer, options: { type: 'buffer' }): Container;
  write(container: Container, options: object): Buffer;
  utils: {
    cfb_new(): Container;
    cfb_add(container: Container, name: string, content: Buffer): void;
  };
};

/** The files as SheetJS's own zip code reads them. */
function readBack(zip: Buffer): Record<string, string> {
  return Object.fromEntries(
    CFB.read(zip, { type: 'buffer' })
      // SheetJS adds a placeholder file of its own to what it reads.
      .FileIndex.filter((file) => file.type === 2 && !file.name.startsWith('\u0001'))
      .map((file) => [file.name, Buffer.from(file.content).toString('utf8')]),
  );
}

describe('the zip of the exported workbook', () => {
  const big = 'x'.repeat(100_000) + '<row r="1"/>'.repeat(10_000);

  it('reads the files of a stored zip in its order, and deflates them readably', () => {
    const stored = CFB.utils.cfb_new();
    CFB.utils.cfb_add(stored, 'b/first.xml', Buffer.from('<a>甲</a>'));
    CFB.utils.cfb_add(stored, 'a.xml', Buffer.from(big));
    const zip = CFB.write(stored, { fileType: 'zip', type: 'buffer', compression: false });
    const entries = storedZipEntries(zip);
    expect(entries.map((entry) => entry.name)).toEqual(['b/first.xml', 'a.xml']);
    const rezipped = deflatedZip(entries.map(({ name, content }) => ({ name, parts: [content] })));
    expect(rezipped.length).toBeLessThan(zip.length / 10);
    expect(readBack(rezipped)).toEqual({ 'first.xml': '<a>甲</a>', 'a.xml': big });
  });

  it('joins a file given in parts into one file', () => {
    const parts = ['<x>', big, '', 'tail</x>'].map((part) => Buffer.from(part));
    const zip = deflatedZip([{ name: 'x.xml', parts }]);
    expect(readBack(zip)).toEqual({ 'x.xml': `<x>${big}tail</x>` });
  });

  it('refuses a zip whose files are compressed', () => {
    const deflated = deflatedZip([{ name: 'a.xml', parts: [Buffer.from(big)] }]);
    expect(() => storedZipEntries(deflated)).toThrow(/compressed/);
  });
});

describe('the one zip module, for the paper sheets and for files from outside', () => {
  it('stores workbooks under Chinese names, marked UTF-8 so unzip tools show them as written', () => {
    const zip = storedZip([
      { name: '评分表-评委1.xlsx', bytes: Buffer.from('甲') },
      { name: 'b.xlsx', bytes: Buffer.from('乙') },
    ]);
    const files = storedZipEntries(zip).map(({ name, content }) => [name, content.toString()]);
    expect(files).toEqual([
      ['评分表-评委1.xlsx', '甲'],
      ['b.xlsx', '乙'],
    ]);
    // General purpose flag bit 11 of the first local header: the name is UTF-8.
    expect(zip.readUInt16LE(6) & 0x0800).toBe(0x0800);
  });

  it('reads the declared sizes before unpacking, and calls a cut-short zip unreadable', () => {
    const big = 'x'.repeat(100_000);
    const zip = deflatedZip([{ name: 'a.xml', parts: [Buffer.from(big)] }]);
    const [entry] = [...zipDirectory(zip)];
    expect(entry).toMatchObject({ name: 'a.xml', unpackedSize: big.length });
    expect(entry!.packedSize).toBeLessThan(big.length / 10);
    expect(() => [...zipDirectory(zip.subarray(0, zip.length - 30))]).toThrow(UnreadableZip);
    expect(() => [...zipDirectory(Buffer.from('PK\x03\x04 not a zip'))]).toThrow(UnreadableZip);
  });
});
