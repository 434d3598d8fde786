/**
 * Aho–Corasick over UTF-16 code units: every phrase of a ruleset in one automaton, built once,
 * scanned in one pass per turn. Kept small enough to stay in cache: the root (where most
 * characters of ordinary speech lead) has a dense row over the phrases' alphabet; other states
 * keep their few children in flat sorted arrays and fall back along failure links.
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
  private readonly root: Int32Array;
  private readonly first: Int32Array;
  private readonly count: Uint16Array;
  private readonly keys: Uint16Array;
  private readonly targets: Int32Array;
  private readonly fail: Int32Array;
  /** Phrases ending in each state (its own and those of its failure chain); null when none. */
  private readonly out: Array<number[] | null>;
  private readonly lengths: Int32Array;
  readonly states: number;

  constructor(phrases: readonly string[]) {
    this.lengths = Int32Array.from(phrases, (p) => p.length);
    let columns = 1;
    for (const p of phrases) for (let i = 0; i < p.length; i++) if (this.column[p.charCodeAt(i)] === 0) this.column[p.charCodeAt(i)] = columns++;

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
    const n = (this.states = edges.length);
    this.fail = new Int32Array(n);
    this.out = new Array(n).fill(null);
    this.root = new Int32Array(columns);
    for (const [c, t] of edges[0]!) this.root[c] = t;

    // Failure links breadth first; a state's outputs include its failure state's.
    const order: number[] = [...edges[0]!.values()];
    this.out[0] = own[0]!.length ? own[0]! : null;
    for (let q = 0; q < order.length; q++) {
      const s = order[q]!;
      const inherited = this.out[this.fail[s]!] ?? null;
      this.out[s] = own[s]!.length ? (inherited ? [...own[s]!, ...inherited] : own[s]!) : inherited;
      for (const [c, t] of edges[s]!) {
        this.fail[t] = this.step(edges, this.fail[s]!, c);
        order.push(t);
      }
    }

    // Children of every state in flat arrays, sorted by column.
    this.first = new Int32Array(n);
    this.count = new Uint16Array(n);
    const total = edges.reduce((sum, e) => sum + e.size, 0);
    this.keys = new Uint16Array(total);
    this.targets = new Int32Array(total);
    let k = 0;
    edges.forEach((e, s) => {
      this.first[s] = k;
      this.count[s] = e.size;
      for (const [c, t] of [...e].sort((a, b) => a[0] - b[0])) {
        this.keys[k] = c;
        this.targets[k++] = t;
      }
    });
  }

  /** The goto function with failure fallback, for building. */
  private step(edges: Array<Map<number, number>>, s: number, c: number): number {
    for (;;) {
      const t = edges[s]!.get(c);
      if (t !== undefined) return t;
      if (s === 0) return 0;
      s = this.fail[s]!;
    }
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
    const { column, root, first, count, keys, targets, fail, out, lengths } = this;
    let s = 0;
    for (let i = 0; i < units.length; i++) {
      const c = column[units[i]!]!;
      if (c === 0) {
        s = 0; // a unit in no phrase: every partial match is broken
        continue;
      }
      for (;;) {
        if (s === 0) {
          s = root[c]!;
          break;
        }
        let t = -1;
        for (let k = first[s]!, end = k + count[s]!; k < end; k++) {
          if (keys[k] === c) {
            t = targets[k]!;
            break;
          }
        }
        if (t >= 0) {
          s = t;
          break;
        }
        s = fail[s]!;
      }
      const hits = out[s];
      if (hits) for (let h = 0; h < hits.length; h++) found.push({ phrase: hits[h]!, start: i + 1 - lengths[hits[h]!]!, end: i + 1 });
    }
    return found;
  }
}
