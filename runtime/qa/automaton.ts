/**
 * Aho–Corasick over UTF-16 code units: every phrase of a ruleset in one automaton, built once,
 * scanned in one pass per turn. Transitions live in one flat hash per state kept small by the
 * alphabet actually used.
 */
export interface Match {
  /** Index of the phrase in the list the automaton was built from. */
  phrase: number;
  start: number;
  end: number;
}

export class Automaton {
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];
  private readonly lengths: number[];

  constructor(phrases: readonly string[]) {
    this.lengths = phrases.map((p) => p.length);
    phrases.forEach((p, index) => {
      if (!p) return;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let t = this.next[s]!.get(c);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[s]!.set(c, t);
        }
        s = t;
      }
      this.out[s]!.push(index);
    });
    // Breadth-first failure links; outputs of the failure state are inherited.
    const queue: number[] = [...this.next[0]!.values()];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      for (const [c, t] of this.next[s]!) {
        let f = this.fail[s]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const ft = this.next[f]!.get(c);
        this.fail[t] = ft !== undefined && ft !== t ? ft : 0;
        if (this.out[this.fail[t]!]!.length) this.out[t] = [...this.out[t]!, ...this.out[this.fail[t]!]!];
        queue.push(t);
      }
    }
  }

  get states(): number {
    return this.next.length;
  }

  /** Every occurrence of every phrase in `text`, overlapping ones included. */
  scan(text: string): Match[] {
    const found: Match[] = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let t = this.next[s]!.get(c);
      while (t === undefined && s !== 0) {
        s = this.fail[s]!;
        t = this.next[s]!.get(c);
      }
      s = t ?? 0;
      const outs = this.out[s]!;
      for (let k = 0; k < outs.length; k++) {
        const phrase = outs[k]!;
        found.push({ phrase, start: i + 1 - this.lengths[phrase]!, end: i + 1 });
      }
    }
    return found;
  }
}
