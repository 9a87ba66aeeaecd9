/**
 * Aho-Corasick over UTF-16 code units, in flat typed arrays: a direct 65,536-entry table for the root, sorted
 * child arrays (linear scan when small, binary search otherwise) for other nodes, failure links and "dictionary
 * suffix" links so every match (overlapping ones included) is reported in O(text + matches).
 */
export interface Automaton {
  /** Calls onMatch(patternIndex, endExclusive) for every occurrence in units[0..length). */
  scan(units: Uint16Array, length: number, onMatch: (pattern: number, end: number) => void): void;
  patternLength: Int32Array;
  nodeCount: number;
  /** Approximate bytes held by the automaton's arrays. */
  bytes: number;
}

export function buildAutomaton(patterns: string[]): Automaton {
  // 1. Trie with Map children (build time only).
  const children: Array<Map<number, number>> = [new Map()];
  const terminal: number[][] = [[]];
  patterns.forEach((p, index) => {
    if (!p.length) return;
    let node = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      let next = children[node]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        terminal.push([]);
        children[node]!.set(c, next);
      }
      node = next;
    }
    terminal[node]!.push(index);
  });
  const nodeCount = children.length;

  // 2. Flatten children: sorted (char, node) ranges.
  const childStart = new Int32Array(nodeCount + 1);
  let total = 0;
  for (let n = 0; n < nodeCount; n++) {
    childStart[n] = total;
    total += n === 0 ? 0 : children[n]!.size;
  }
  childStart[nodeCount] = total;
  const childChar = new Uint16Array(total);
  const childNode = new Int32Array(total);
  for (let n = 1; n < nodeCount; n++) {
    const sorted = [...children[n]!].sort((a, b) => a[0] - b[0]);
    let at = childStart[n]!;
    for (const [c, target] of sorted) {
      childChar[at] = c;
      childNode[at++] = target;
    }
  }
  const root = new Int32Array(65536);
  for (const [c, target] of children[0]!) root[c] = target;

  const child = (node: number, c: number): number => {
    if (node === 0) return root[c]!;
    let lo = childStart[node]!;
    let hi = childStart[node + 1]! - 1;
    if (hi - lo < 8) {
      for (; lo <= hi; lo++) if (childChar[lo] === c) return childNode[lo]!;
      return 0;
    }
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = childChar[mid]!;
      if (v === c) return childNode[mid]!;
      if (v < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  };

  // 3. Failure and dictionary-suffix links, breadth first.
  const fail = new Int32Array(nodeCount);
  const dict = new Int32Array(nodeCount).fill(-1); // nearest proper suffix node that ends a pattern
  const queue = new Int32Array(nodeCount);
  let head = 0;
  let tail = 0;
  for (const [, target] of children[0]!) queue[tail++] = target;
  while (head < tail) {
    const node = queue[head++]!;
    for (const [c, target] of children[node]!) {
      let f = fail[node]!;
      while (f !== 0 && child(f, c) === 0) f = fail[f]!;
      const ft = child(f, c);
      fail[target] = ft !== target ? ft : 0;
      const fNode = fail[target]!;
      dict[target] = terminal[fNode]!.length ? fNode : dict[fNode]!;
      queue[tail++] = target;
    }
  }

  // 4. Terminal pattern lists, flattened.
  const outStart = new Int32Array(nodeCount + 1);
  let outTotal = 0;
  for (let n = 0; n < nodeCount; n++) {
    outStart[n] = outTotal;
    outTotal += terminal[n]!.length;
  }
  outStart[nodeCount] = outTotal;
  const outList = new Int32Array(outTotal);
  for (let n = 0, at = 0; n < nodeCount; n++) for (const p of terminal[n]!) outList[at++] = p;
  const patternLength = new Int32Array(patterns.map((p) => p.length));

  return {
    patternLength,
    nodeCount,
    bytes: root.byteLength + childStart.byteLength + childChar.byteLength + childNode.byteLength + fail.byteLength + dict.byteLength + outStart.byteLength + outList.byteLength + patternLength.byteLength,
    scan(units, length, onMatch) {
      let node = 0;
      for (let i = 0; i < length; i++) {
        const c = units[i]!;
        let next = child(node, c);
        while (next === 0 && node !== 0) {
          node = fail[node]!;
          next = child(node, c);
        }
        node = next;
        if (node === 0) continue;
        for (let o = node; o !== -1; o = dict[o]!) {
          for (let k = outStart[o]!, end = outStart[o + 1]!; k < end; k++) onMatch(outList[k]!, i + 1);
          if (o === 0) break;
        }
      }
    },
  };
}
