/**
 * The lines of a text, split once, so that asking which line an offset is on is a binary search
 * rather than a rescan: a broken file can have thousands of parser errors.
 */
export class TextLines {
  readonly text: string;
  /** Offset of the first character of each line. */
  private readonly starts: number[] = [0];

  constructor(text: string) {
    this.text = text;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  /** 0-based index of the line holding `offset`. */
  indexAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  start(index: number): number {
    return this.starts[index] ?? this.text.length;
  }

  /** The line without its line break (and without a Windows `\r`). */
  content(index: number): string {
    const next = this.starts[index + 1];
    const line = this.text.slice(this.start(index), next === undefined ? this.text.length : next - 1);
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  }

  /** How many spaces the line starts with. */
  indent(index: number): number {
    return /^ */.exec(this.content(index))![0].length;
  }

  /** Whether the line holds nothing a parser reads: blank, or only a comment. */
  isEmpty(index: number): boolean {
    return /^\s*(#.*)?$/.test(this.content(index));
  }

  /**
   * Whether the line starts a top-level field (`title: …` at the left edge). Such lines divide a
   * file into regions: a mistake rarely affects the reading of the fields after the next one.
   */
  isTopLevel(index: number): boolean {
    return /^[^\s#\-\]}]/.test(this.content(index));
  }

  /** The region (top-level field with everything under it) holding line `index`, as offsets. */
  region(index: number): [number, number] {
    let first = index;
    while (first > 0 && !this.isTopLevel(first)) first--;
    let last = index + 1;
    while (last < this.count && !this.isTopLevel(last)) last++;
    return [this.start(first), this.start(last)];
  }

  /** The nearest non-empty line before `index`, if any. */
  previousContent(index: number): number | undefined {
    for (let i = index - 1; i >= 0; i--) {
      if (!this.isEmpty(i)) return i;
    }
    return undefined;
  }

  /** The first non-empty line at or after `index`, if any. */
  nextContent(index: number): number | undefined {
    for (let i = index; i < this.count; i++) {
      if (!this.isEmpty(i)) return i;
    }
    return undefined;
  }
}
