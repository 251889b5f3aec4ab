// Server-sent events read by hand: EventSource cannot send the host's token header, so the
// page reads the stream with fetch and cuts it here. Only what the head table's feed uses:
// `data:` lines (joined by line breaks) and comments (`: connected`, `: keep-alive`).

export interface StreamBlock {
  /** The event's data; null for a block of comments only. */
  data: string | null;
}

/** Cuts what arrived so far into whole blocks; `rest` is an unfinished block to keep. */
export function cutEventStream(buffer: string): { blocks: StreamBlock[]; rest: string } {
  const parts = buffer.split(/\r\n\r\n|\n\n|\r\r/);
  const rest = parts.pop() ?? '';
  const blocks = parts.map((part) => {
    const data = part
      .split(/\r\n|\n|\r/)
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5));
    return { data: data.length === 0 ? null : data.join('\n') };
  });
  return { blocks, rest };
}
