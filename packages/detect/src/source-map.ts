// Where each character of a YAML scalar's value came from in its file, so that an error at a
// column of a condition (which YAML may have folded, unquoted or unescaped) is reported at the
// line and column of the rules file.
import type { LineCounter } from 'yaml';

/** A place in a rules file (1-based line and column). */
export interface Location {
  file: string;
  line: number;
  col: number;
}

/** A piece of text from one scalar of one file, with the file offset of each character. */
export interface Segment {
  text: string;
  file: string;
  offsets: Int32Array;
  lines: LineCounter;
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/**
 * Aligns a scalar's value with its source: each value character is matched with the next source
 * character equal to it after blanks (folding), or with the next source character when they
 * differ (an escape sequence). Exact for plain, quoted and block scalars without escapes.
 */
export function segmentOf(
  source: string,
  start: number,
  end: number,
  value: string,
  file: string,
  lines: LineCounter,
): Segment {
  let j = start;
  const first = source[j];
  if (first === '>' || first === '|') {
    while (j < end && source[j] !== '\n') j++;
  } else if (first === '"' || first === "'") j++;
  const offsets = new Int32Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (isSpace(c)) {
      offsets[i] = j;
      if (isSpace(source[j])) j++;
      continue;
    }
    while (j < end && isSpace(source[j]) && source[j] !== c) j++;
    offsets[i] = j;
    if (source[j] === c) j++;
    else j += 2;
  }
  return { text: value, file, offsets, lines };
}

/** Text built from segments joined by single spaces (appends). */
export class MappedText {
  readonly segments: Segment[];

  constructor(segments: Segment[]) {
    this.segments = segments;
  }

  get text(): string {
    return this.segments.map((s) => s.text).join(' ');
  }

  /** The appended text. */
  append(other: MappedText): MappedText {
    return new MappedText([...this.segments, ...other.segments]);
  }

  /** The file location of a character index of `text`. */
  locate(index: number): Location {
    let base = 0;
    for (const s of this.segments) {
      if (index <= base + s.text.length) {
        const i = Math.min(Math.max(index - base, 0), s.text.length);
        const offset =
          i < s.text.length ? (s.offsets[i] ?? 0) : (s.offsets[s.text.length - 1] ?? -1) + 1;
        const pos = s.lines.linePos(offset);
        return { file: s.file, line: pos.line, col: pos.col };
      }
      base += s.text.length + 1;
    }
    const last = this.segments[this.segments.length - 1];
    if (last === undefined) return { file: '', line: 0, col: 0 };
    return this.locateEnd(last);
  }

  locateEnd(s: Segment): Location {
    const pos = s.lines.linePos((s.offsets[s.text.length - 1] ?? -1) + 1);
    return { file: s.file, line: pos.line, col: pos.col };
  }
}
