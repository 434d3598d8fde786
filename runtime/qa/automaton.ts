/**
 * Aho–Corasick over the original text, with normalisation folded into the scan: each code unit
 * of the text goes through a per-automaton class table (filled lazily from `keyOf`) straight to
 * a column of the transition table, so a turn is read once and no normalised copy is built.
 *
 * Transitions: states are numbered breadth first and the shallow ones (where ordinary speech
 * keeps the automaton) get a complete row (a DFA: no failure walks), as many as fit in a fixed
 * budget; deeper states keep their few children in sorted arrays and fall back along failure
 * links to a shallower, complete row.
 */
export interface Match {
  /** Index of the phrase in the list the automaton was built from. */
  phrase: number;
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
}

/** Maps a code point of the text to its key (the units the phrases are written in); '' drops it. */
export type KeyOf = (codePoint: number) => string;

const UNKNOWN = 0xffff;
const DROP = 0xfffe;
/** A key of several units, or a surrogate pair: handled off the fast path. */
const SLOW = 0xfffd;
/** A unit the caller asked to be told of (see `marks`); its own class is in `marked`. */
const MARK = 0xfffc;
/**
 * Complete rows are kept while they fit in this many table cells (16 MB of 16-bit codes). Mixed
 * Chinese and English speech keeps a large ruleset's automaton two or three characters deep most of
 * the time; at 8 MB a fifth of the steps fell to sparse states, and the scan read 20% slower.
 */
const DENSE_BUDGET = 1 << 23;

export class Automaton {
  /** Per code unit of the text: its column, or UNKNOWN / DROP / SLOW. Column 0: in no phrase. */
  private readonly classes = new Uint16Array(65536).fill(UNKNOWN);
  /** Per key unit: its column (0 when no phrase uses it). */
  private readonly column = new Uint16Array(65536);
  /**
   * States go by a code: the index of a complete row in `dense`, or `sparseFrom` + the index of a
   * record in `at`/`nodes`. Codes run: complete rows without output, complete rows with output,
   * sparse states with output, sparse states without, so `outputFrom <= code < outputTo` says "a
   * match", and the commonest case fails the first comparison. Codes fit 16 bits in all but huge
   * rulesets: half the table, twice the rows in cache.
   */
  private readonly dense: Uint16Array | Int32Array;
  private readonly outputFrom: number;
  private readonly outputTo: number;
  private readonly sparseFrom: number;
  /** Per sparse state: where its record starts in `nodes`. */
  private readonly at: Int32Array;
  /** Per sparse state, one record: failure code, child count, then (column, code) pairs by column. */
  private readonly nodes: Int32Array;
  private readonly columns: number;
  /** Phrases ending in each state (by dense row, then sparse index), its failure chain's included. */
  private readonly output: Array<Int32Array | null>;
  private readonly lengths: Int32Array;
  readonly states: number;
  /** The matches of the last scan: phrase, start, end, for i < the count scan returned. */
  matchPhrase = new Int32Array(64);
  matchStart = new Int32Array(64);
  matchEnd = new Int32Array(64);
  /** Where the last scan met the marked units, for i < markCount: the caller learns of them without a second pass. */
  markAt = new Int32Array(16);
  markCount = 0;
  /** The class each marked unit has besides being marked. */
  private readonly marked = new Map<number, number>();

  /** `marks`: code units whose every position a scan reports (in markAt), whatever their key. */
  constructor(phrases: readonly string[], private readonly keyOf: KeyOf = (cp) => String.fromCodePoint(cp), denseBudget = DENSE_BUDGET, marks = '') {
    this.lengths = Int32Array.from(phrases, (p) => p.length);
    let columns = 1;
    for (const p of phrases) for (let i = 0; i < p.length; i++) if (this.column[p.charCodeAt(i)] === 0) this.column[p.charCodeAt(i)] = columns++;
    this.columns = columns;
    for (let i = 0; i < marks.length; i++) this.marked.set(marks.charCodeAt(i), UNKNOWN); // their class is learnt with the rest

    // The trie, numbered breadth first: a state's failure state comes before it.
    const edges: Array<Map<number, number>> = [new Map()];
    const own: number[][] = [[]];
    phrases.forEach((p, index) => {
      if (!p) return;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = this.column[p.charCodeAt(i)]!;
        let t = edges[s]!.get(c);
        if (t === undefined) {
          edges[s]!.set(c, (t = edges.length));
          edges.push(new Map());
          own.push([]);
        }
        s = t;
      }
      own[s]!.push(index);
    });
    const n = (this.states = edges.length);
    const order = [0];
    for (let q = 0; q < order.length; q++) for (const t of edges[order[q]!]!.values()) order.push(t);
    const rank = new Int32Array(n);
    order.forEach((s, r) => (rank[s] = r));
    const children = order.map((s) => [...edges[s]!].map(([c, t]) => [c, rank[t]!] as const).sort((a, b) => a[0] - b[0]));
    const fail = new Int32Array(n);
    const outputs: Array<Int32Array | null> = [null];
    const goto = (s: number, c: number): number => {
      for (;;) {
        const hit = children[s]!.find(([k]) => k === c);
        if (hit) return hit[1];
        if (s === 0) return 0;
        s = fail[s]!;
      }
    };
    for (let s = 0; s < n; s++) {
      for (const [c, t] of children[s]!) fail[t] = s === 0 ? 0 : goto(fail[s]!, c);
      if (s === 0) continue;
      const mine = own[order[s]!]!;
      const inherited = outputs[fail[s]!];
      outputs[s] = mine.length || inherited ? Int32Array.from([...mine, ...(inherited ?? [])]) : null;
    }

    // Complete rows for the shallowest states that fit the budget; codes in the order above.
    const denseCount = Math.max(1, Math.min(n, Math.floor(denseBudget / columns)));
    const code = new Int32Array(n);
    const byCode: number[] = []; // states in code order
    const place = (from: number, to: number, withOutput: boolean) => {
      for (let s = from; s < to; s++) if ((outputs[s] !== null) === withOutput) code[s] = byCode.push(s) - 1;
      return byCode.length;
    };
    this.outputFrom = place(0, denseCount, false);
    place(0, denseCount, true);
    this.outputTo = place(denseCount, n, true);
    place(denseCount, n, false);
    this.sparseFrom = denseCount;
    this.output = byCode.map((s) => outputs[s]!);
    this.dense = n < 0xffff ? new Uint16Array(denseCount * columns) : new Int32Array(denseCount * columns);
    for (let s = 0; s < denseCount; s++) {
      // A row starts as its failure state's, complete already (breadth first; both dense).
      if (s > 0) this.dense.copyWithin(code[s]! * columns, code[fail[s]!]! * columns, (code[fail[s]!]! + 1) * columns);
      for (const [c, t] of children[s]!) this.dense[code[s]! * columns + c] = code[t]!;
    }
    this.at = new Int32Array(n - denseCount);
    this.nodes = new Int32Array(2 * (n - denseCount) + 2 * children.slice(denseCount).reduce((sum, cs) => sum + cs.length, 0));
    let k = 0;
    for (const s of byCode.slice(denseCount)) {
      this.at[code[s]! - denseCount] = k;
      this.nodes[k++] = code[fail[s]!]!;
      this.nodes[k++] = children[s]!.length;
      for (const [c, t] of children[s]!) {
        this.nodes[k++] = c;
        this.nodes[k++] = code[t]!;
      }
    }
  }

  /** Every occurrence of every phrase in `text`, overlapping ones included (allocates; see scanInto). */
  scan(text: string): Match[] {
    const n = this.scanInto(text);
    return Array.from({ length: n }, (_, i) => ({ phrase: this.matchPhrase[i]!, start: this.matchStart[i]!, end: this.matchEnd[i]! }));
  }

  /** Scans `text` into matchPhrase/matchStart/matchEnd and returns how many there are. */
  scanInto(text: string): number {
    const { classes, dense, columns, outputFrom, outputTo, sparseFrom } = this;
    let s = 0;
    let found = 0;
    this.markCount = 0;
    for (let i = 0; i < text.length; i++) {
      let c = classes[text.charCodeAt(i)]!;
      if (c >= MARK) {
        if (c === UNKNOWN) c = this.learn(text.charCodeAt(i));
        if (c === MARK) c = this.mark(i, text.charCodeAt(i));
        if (c === DROP) continue;
        if (c === SLOW) {
          const cp = text.codePointAt(i)!;
          const key = this.keyOf(cp);
          const end = i + (cp > 0xffff ? 2 : 1);
          for (let k = 0; k < key.length; k++) {
            s = this.next(s, this.column[key.charCodeAt(k)]!);
            if (s >= outputFrom && s < outputTo) found = this.record(text, s, end, key.length - 1 - k, found);
          }
          i = end - 1;
          continue;
        }
      }
      s = s < sparseFrom ? dense[s * columns + c]! : this.next(s, c);
      if (s >= outputFrom && s < outputTo) found = this.record(text, s, i + 1, 0, found);
    }
    return found;
  }

  private next(s: number, c: number): number {
    const { dense, columns, sparseFrom, at, nodes } = this;
    for (;;) {
      if (s < sparseFrom) return dense[s * columns + c]!;
      const o = at[s - sparseFrom]!;
      for (let k = o + 2, end = k + 2 * nodes[o + 1]!; k < end; k += 2) if (nodes[k] === c) return nodes[k + 1]!;
      s = nodes[o]!;
    }
  }

  /** Records the phrases ending in state `s` at `end` in the text, `beyond` key units before the end of the last character's key. */
  private record(text: string, s: number, end: number, beyond: number, found: number): number {
    const out = this.output[s]!;
    if (found + out.length > this.matchPhrase.length) this.grow(found + out.length);
    for (let h = 0; h < out.length; h++) {
      const p = out[h]!;
      this.matchPhrase[found] = p;
      this.matchStart[found] = this.startOf(text, end, this.lengths[p]! + beyond);
      this.matchEnd[found++] = end;
    }
    return found;
  }

  /**
   * Where a match of `units` key units ending at `end` starts in the text: read back over the
   * characters, each worth as many units as its key. Matches are rare, so this is cheaper than
   * remembering the origin of every unit read.
   */
  private startOf(text: string, end: number, units: number): number {
    let i = end;
    while (units > 0) {
      i--;
      let c = this.classes[text.charCodeAt(i)]!;
      if (c === MARK) c = this.marked.get(text.charCodeAt(i))!;
      if (c === DROP) continue;
      if (c !== SLOW) {
        units--;
        continue;
      }
      if (i > 0 && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) i--;
      units -= this.keyOf(text.codePointAt(i)!).length;
    }
    return i;
  }

  private grow(size: number): void {
    const cap = Math.max(size, this.matchPhrase.length * 2);
    const widen = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.matchPhrase = widen(this.matchPhrase);
    this.matchStart = widen(this.matchStart);
    this.matchEnd = widen(this.matchEnd);
  }

  /** The class of a code unit, the first time it is seen. */
  private learn(unit: number): number {
    let c: number;
    if (unit >= 0xd800 && unit <= 0xdfff) c = SLOW;
    else {
      const key = this.keyOf(unit);
      c = key.length === 0 ? DROP : key.length === 1 ? this.column[key.charCodeAt(0)]! : SLOW;
    }
    if (this.marked.has(unit)) {
      this.marked.set(unit, c);
      c = MARK;
    }
    this.classes[unit] = c;
    return c;
  }

  /** Notes a marked unit at `i`; returns its own class. */
  private mark(i: number, unit: number): number {
    if (this.markCount === this.markAt.length) {
      const wider = new Int32Array(this.markAt.length * 2);
      wider.set(this.markAt);
      this.markAt = wider;
    }
    this.markAt[this.markCount++] = i;
    return this.marked.get(unit)!;
  }
}
