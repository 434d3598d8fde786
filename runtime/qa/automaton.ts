/**
 * Aho–Corasick over UTF-16 code units, compiled to a full transition table (a DFA): every phrase of a
 * ruleset in one automaton, built once, and scanning costs two array reads per character. Code
 * units that occur in no phrase share one column, so the table is states × (distinct units + 1).
 */
export interface Match {
  /** Index of the phrase in the list the automaton was built from. */
  phrase: number;
  start: number;
  end: number;
}

export class Automaton {
  /** Code unit → column (0: a unit that occurs in no phrase). */
  private readonly column = new Uint16Array(65536);
  private readonly width: number;
  private readonly delta: Uint16Array | Int32Array;
  /** Phrases ending in each state (its own and those of its failure chain); null when none. */
  private readonly out: Array<number[] | null>;
  private readonly lengths: Int32Array;
  readonly states: number;

  constructor(phrases: readonly string[]) {
    this.lengths = Int32Array.from(phrases, (p) => p.length);
    let columns = 1;
    for (const p of phrases) for (let i = 0; i < p.length; i++) if (this.column[p.charCodeAt(i)] === 0) this.column[p.charCodeAt(i)] = columns++;
    this.width = columns;

    // The trie first, with sparse edges.
    const edges: Array<Map<number, number>> = [new Map()];
    const own: number[][] = [[]];
    phrases.forEach((p, index) => {
      if (!p) return;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = this.column[p.charCodeAt(i)]!;
        let t = edges[s]!.get(c);
        if (t === undefined) {
          t = edges.length;
          edges.push(new Map());
          own.push([]);
          edges[s]!.set(c, t);
        }
        s = t;
      }
      own[s]!.push(index);
    });
    this.states = edges.length;
    const delta = this.states < 65536 ? new Uint16Array(this.states * columns) : new Int32Array(this.states * columns);
    const fail = new Int32Array(this.states);
    const out: Array<number[] | null> = new Array(this.states).fill(null);

    // Breadth first: a state's missing transitions are its failure state's, already complete.
    const queue: number[] = [];
    for (const [c, t] of edges[0]!) {
      delta[c] = t;
      queue.push(t);
    }
    out[0] = own[0]!.length ? own[0]! : null;
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const f = fail[s]!;
      const inherited = out[f] ?? null;
      out[s] = own[s]!.length ? (inherited ? [...own[s]!, ...inherited] : own[s]!) : inherited;
      for (let c = 0; c < columns; c++) {
        const t = edges[s]!.get(c);
        if (t === undefined) delta[s * columns + c] = delta[f * columns + c]!;
        else {
          delta[s * columns + c] = t;
          fail[t] = delta[f * columns + c]!;
          queue.push(t);
        }
      }
    }
    this.delta = delta;
    this.out = out;
  }

  /** Every occurrence of every phrase in `text`, overlapping ones included. */
  scan(text: string): Match[] {
    const units = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    return this.scanUnits(units);
  }

  /** The same over UTF-16 code units. */
  scanUnits(units: Uint16Array): Match[] {
    const found: Match[] = [];
    const { column, delta, width, out, lengths } = this;
    let s = 0;
    for (let i = 0; i < units.length; i++) {
      s = delta[s * width + column[units[i]!]!]!;
      const hits = out[s];
      if (hits !== null && hits !== undefined) {
        for (let k = 0; k < hits.length; k++) found.push({ phrase: hits[k]!, start: i + 1 - lengths[hits[k]!]!, end: i + 1 });
      }
    }
    return found;
  }
}
