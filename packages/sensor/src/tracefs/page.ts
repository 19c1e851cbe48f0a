/**
 * Decoding of the kernel ring buffer's binary pages, as read from per_cpu/cpuN/trace_pipe_raw
 * (kernel/trace/ring_buffer.c; the layout is also described by events/header_page and
 * events/header_event):
 *
 *   page:   u64 timestamp | u64 commit (low bits: bytes of data; bit 31: events were lost
 *           before this page; bit 30: the count of lost events is stored after the data) | data
 *   event:  u32 header = type_len:5 | time_delta:27, then
 *           type_len 1..28 -> data of type_len*4 bytes
 *           type_len 0     -> u32 length (including itself), then data
 *           type_len 29    -> padding: u32 length of the padding
 *           type_len 30    -> time extend: u32 (delta = array << 27 | time_delta)
 *           type_len 31    -> absolute timestamp: u32 (ts = array << 27 | time_delta)
 */

/** Size of a ring-buffer page on this kernel (events/header_page: data offset 16 + 4080). */
export const PAGE_SIZE = 4096;
const PAGE_HEADER = 16;
const RB_PADDING = 29;
const RB_TIME_EXTEND = 30;
const RB_TIME_STAMP = 31;
const MISSED_EVENTS = 1 << 31;
const MISSED_STORED = 1 << 30;
/** The commit field's bits that hold the data size: all but the two flags. */
const COMMIT_MASK = ~(MISSED_EVENTS | MISSED_STORED) >>> 0;

/** Called for each record: its event type, timestamp and where its bytes are. */
export type RecordHandler = (
  type: number,
  timestampNs: bigint,
  buf: Buffer,
  offset: number,
  length: number,
) => void;

/** What one page held. */
export interface PageSummary {
  /** Records handed to the handler. */
  records: number;
  /** Events the kernel dropped before this page (-1: some, count unknown; 0: none). */
  missed: number;
}

/**
 * Decodes one page and calls `onRecord` for each event record in it. Throws when the page is
 * inconsistent (a length that runs past the page), after the records before that point.
 */
export function decodePage(
  page: Buffer,
  onRecord: RecordHandler,
  pageSize = PAGE_SIZE,
): PageSummary {
  let ts = page.readBigUInt64LE(0);
  const commitRaw = Number(page.readBigUInt64LE(8) & 0xffffffffn);
  const size = (commitRaw & COMMIT_MASK) >>> 0;
  if (size > pageSize - PAGE_HEADER) {
    throw new Error(
      `ring-buffer page claims ${size} bytes of data; a page holds ${pageSize - PAGE_HEADER}`,
    );
  }
  let missed = 0;
  if ((commitRaw & MISSED_EVENTS) !== 0) {
    missed = -1;
    if ((commitRaw & MISSED_STORED) !== 0 && PAGE_HEADER + size + 8 <= page.length) {
      missed = Number(page.readBigUInt64LE(PAGE_HEADER + size));
    }
  }
  const end = PAGE_HEADER + size;
  let pos = PAGE_HEADER;
  let records = 0;
  while (pos + 4 <= end) {
    const header = page.readUInt32LE(pos);
    const typeLen = header & 0x1f;
    const delta = BigInt(header >>> 5);
    switch (typeLen) {
      case RB_PADDING: {
        // A padding with a zero delta ends the page's data; otherwise it stands for a discarded
        // event of the given length.
        if (header >>> 5 === 0) return { records, missed };
        const len = page.readUInt32LE(pos + 4);
        ts += delta;
        pos += 4 + len;
        break;
      }
      case RB_TIME_EXTEND:
        ts += (BigInt(page.readUInt32LE(pos + 4)) << 27n) + delta;
        pos += 8;
        break;
      case RB_TIME_STAMP:
        // Absolute: replaces the upper bits of the running timestamp (ring_buffer.c rb_fix_abs_ts).
        ts = (ts & ~((1n << 59n) - 1n)) | ((BigInt(page.readUInt32LE(pos + 4)) << 27n) + delta);
        pos += 8;
        break;
      case 0: {
        const len = page.readUInt32LE(pos + 4) - 4;
        ts += delta;
        if (pos + 8 + len > end)
          throw new Error(`record at ${pos} of ${len} bytes runs past the page`);
        onRecord(page.readUInt16LE(pos + 8), ts, page, pos + 8, len);
        records++;
        pos += 8 + ((len + 3) & ~3);
        break;
      }
      default: {
        const len = typeLen * 4;
        ts += delta;
        if (pos + 4 + len > end)
          throw new Error(`record at ${pos} of ${len} bytes runs past the page`);
        onRecord(page.readUInt16LE(pos + 4), ts, page, pos + 4, len);
        records++;
        pos += 4 + len;
      }
    }
  }
  return { records, missed };
}
