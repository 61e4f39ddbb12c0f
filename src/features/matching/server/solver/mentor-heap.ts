/** A binary min-heap of mentor indices keyed by a distance array, with decrease-key. */
export class MentorHeap {
  private readonly items: Int32Array;
  private readonly position: Int32Array;
  private size = 0;

  constructor(
    mentorCount: number,
    private readonly key: Float64Array,
  ) {
    this.items = new Int32Array(mentorCount);
    this.position = new Int32Array(mentorCount).fill(-1);
  }

  get isEmpty(): boolean {
    return this.size === 0;
  }

  /** Inserts m, or moves it up after its key went down. */
  push(m: number): void {
    let at = this.position[m]!;
    if (at < 0) {
      at = this.size++;
      this.items[at] = m;
      this.position[m] = at;
    }
    this.up(at);
  }

  /** The mentor with the smallest key, left in the heap. */
  peek(): number {
    return this.items[0]!;
  }

  pop(): number {
    const top = this.items[0]!;
    this.position[top] = -1;
    const last = this.items[--this.size]!;
    if (this.size > 0) {
      this.items[0] = last;
      this.position[last] = 0;
      this.down(0);
    }
    return top;
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.position[this.items[k]!] = -1;
    this.size = 0;
  }

  private up(at: number): void {
    const { items, position, key } = this;
    const m = items[at]!;
    const km = key[m]!;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const pm = items[parent]!;
      if (key[pm]! <= km) break;
      items[at] = pm;
      position[pm] = at;
      at = parent;
    }
    items[at] = m;
    position[m] = at;
  }

  private down(at: number): void {
    const { items, position, key, size } = this;
    const m = items[at]!;
    const km = key[m]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && key[items[child + 1]!]! < key[items[child]!]!) child++;
      const cm = items[child]!;
      if (key[cm]! >= km) break;
      items[at] = cm;
      position[cm] = at;
      at = child;
    }
    items[at] = m;
    position[m] = at;
  }
}
