import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { deflatedZip, storedZipEntries } from '../../electron/services/zipArchive';

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
