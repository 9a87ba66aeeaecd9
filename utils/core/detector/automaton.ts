/**
 * Aho-Corasick over UTF-16 code units, in flat typed arrays:
 * - the trie is built from the patterns sorted by code unit, straight into CSR arrays, with no per-node
 *   objects — fast to build and small in memory. Nodes are numbered breadth first, so a node's children are
 *   consecutive nodes (the child at childChar[at] is node at + 1) and the nodes near the root, where a scan
 *   spends nearly all its steps, share a few cache lines;
 * - the root has a direct 65,536-entry table; its children and other nodes with many children are looked up
 *   in one open-addressing hash, behind a bit set that answers "no such child" (the usual answer: text rarely
 *   continues a term) in one read; nodes with few children are scanned;
 * - failure links plus "dictionary suffix" links report every occurrence (overlapping ones included) in
 *   O(text + matches); a per-node flag skips output work on the vast majority of steps.
 */
import { CHECK_PAIR, FOLDED_UNIT, isIgnorablePair, LAST_DIGIT_FORM, nextIsDigitForm, PLAIN_UNIT, SKIP } from './normalize';

export interface Automaton {
  /** Calls onMatch(patternIndex, endExclusive) for every occurrence in units[0..length). */
  scan(units: Uint16Array, length: number, onMatch: (pattern: number, end: number) => void): void;
  /**
   * Normalise and scan in one pass: each unit of `text` goes through `map` (normalize.ts: 0 = skip, digit forms
   * folded inside number-like runs, ignorable astral pairs skipped), optionally collapsing repeats; onMatch gets original-text positions [start, end). No per-character arrays are allocated: a ring
   * buffer of the last original positions (patterns are short) maps a match back.
   */
  scanText(text: string, map: Uint16Array, collapse: boolean, onMatch: (pattern: number, start: number, end: number) => void): void;
  patternLength: Int32Array;
  nodeCount: number;
  /** Bytes held by the automaton's arrays. */
  bytes: number;
}

/**
 * The two bits of an edge's word in the bit set (a blocked Bloom filter): two bits in one 32-bit word cost the
 * same single read as one bit, and with 16-32 bits per edge let ~1 % of absent edges through where one bit let
 * ~5 % through; each of those costs a probe of the (much larger) hash table.
 */
const edgeMask = (mixed: number) => {
  const h = Math.imul(mixed, 0x27d4eb2d);
  return (1 << (h >>> 27)) | (1 << ((h >>> 22) & 31));
};

/** Children counts up to this are scanned linearly; larger nodes use the hash. */
const SMALL = 6;

const compareUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0); // JS string order = UTF-16 unit order


/**
 * The child of `node` on unit `c`, or 0 (no failure links followed): the root's table; the hash, behind its bit
 * set that says "none" for most steps in one read, for hashed nodes; a scan of the few children otherwise.
 */
function childLookup(root: Uint16Array, childStart: Int32Array, childChar: Uint16Array, hashSlot: Int32Array, hashShift: number, hashMask: number, edgeBits: Int32Array, edgeShift: number, rootChildren: number) {
  return (node: number, c: number): number => {
    if (node === 0) return root[c]!;
    const lo = childStart[node]!;
    const end = childStart[node + 1]!;
    if (node <= rootChildren || end - lo > SMALL) {
      const mixed = Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b);
      const mask = edgeMask(mixed);
      if ((edgeBits[mixed >>> edgeShift]! & mask) !== mask) return 0;
      for (let h = mixed >>> hashShift, child = hashSlot[h]!; child !== 0; h = (h + 1) & hashMask, child = hashSlot[h]!) {
        if (child > lo && child <= end && childChar[child - 1] === c) return child;
      }
      return 0;
    }
    for (let at = lo; at < end; at++) if (childChar[at] === c) return at + 1;
    return 0;
  };
}

/**
 * All build-time work happens here, so its temporaries (edge lists, the sorted order, the pattern strings) are
 * not kept alive by the scan closures' context.
 */
function buildTables(patterns: string[]) {
  const order = patterns.map((_, i) => i).filter((i) => patterns[i]!.length > 0);
  order.sort((a, b) => compareUnits(patterns[a]!, patterns[b]!));
  const totalChars = order.reduce((n, i) => n + patterns[i]!.length, 0);

  // 1. Trie edges in creation order. Patterns are sorted, so each parent's edges come in increasing char order.
  const edgeParent = new Int32Array(totalChars);
  const edgeChar = new Uint16Array(totalChars);
  const terminalOf = new Int32Array(order.length); // node of each sorted pattern
  const path = new Int32Array(order.reduce((m, i) => Math.max(m, patterns[i]!.length), 1) + 1); // node at each depth of the previous pattern
  let nodeCount = 1;
  let edges = 0;
  let previous = '';
  order.forEach((index, k) => {
    const p = patterns[index]!;
    let common = 0;
    const max = Math.min(p.length, previous.length);
    while (common < max && p.charCodeAt(common) === previous.charCodeAt(common)) common++;
    for (let d = common; d < p.length; d++) {
      edgeParent[edges] = path[d]!;
      edgeChar[edges] = p.charCodeAt(d);
      path[d + 1] = nodeCount++; // edge e creates node e + 1
      edges++;
    }
    terminalOf[k] = path[p.length]!;
    previous = p;
  });

  // 2. CSR children in creation order (counting sort by parent keeps each parent's chars sorted).
  const byParentStart = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edges; e++) byParentStart[edgeParent[e]! + 1]!++;
  for (let n = 0; n < nodeCount; n++) byParentStart[n + 1]! += byParentStart[n]!;
  const fill = byParentStart.slice(0, nodeCount);
  const byParentChild = new Int32Array(edges);
  for (let e = 0; e < edges; e++) byParentChild[fill[edgeParent[e]!]!++] = e + 1;

  // 3. Renumber the nodes breadth first. The nodes a scan visits most (near the root) then sit together at the
  //    start of every per-node array, and a node's children get consecutive numbers, so the child found at
  //    childChar[at] is node at + 1 and needs no array of its own.
  const renumbered = new Int32Array(nodeCount);
  const childStart = new Int32Array(nodeCount + 1);
  const childChar = new Uint16Array(edges);
  const bfs = new Int32Array(nodeCount);
  let next = 1;
  for (let head = 0, tail = 1; head < tail; head++) {
    const old = bfs[head]!;
    childStart[head] = next - 1;
    for (let at = byParentStart[old]!; at < byParentStart[old + 1]!; at++) {
      const target = byParentChild[at]!;
      renumbered[target] = next;
      childChar[next - 1] = edgeChar[target - 1]!;
      bfs[tail++] = target;
      next++;
    }
  }
  childStart[nodeCount] = edges;
  for (let k = 0; k < order.length; k++) terminalOf[k] = renumbered[terminalOf[k]!]!;
  // Root children are nodes 1..(distinct first units) < 65,536, so 2 bytes each: half the table in cache.
  const root = new Uint16Array(65536);
  for (let at = childStart[0]!; at < childStart[1]!; at++) root[childChar[at]!] = at + 1;

  // 4. Terminal lists (several patterns may normalise to the same string).
  const outCount = new Int32Array(nodeCount + 1);
  for (let k = 0; k < order.length; k++) outCount[terminalOf[k]! + 1]!++;
  for (let n = 0; n < nodeCount; n++) outCount[n + 1]! += outCount[n]!;
  const outStart = outCount;
  const outFill = outStart.slice(0, nodeCount);
  const outList = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) outList[outFill[terminalOf[k]!]!++] = order[k]!;

  // 5. The root's children (nodes 1..rootChildren, where nearly every step of a scan starts) and nodes with many
  //    children find a child through an open-addressing hash of (node, unit); other nodes scan their few.
  const rootChildren = childStart[1]!;
  const hashed = (n: number) => n <= rootChildren || childStart[n + 1]! - childStart[n]! > SMALL;
  let bigEdges = 0;
  for (let n = 1; n < nodeCount; n++) if (hashed(n)) bigEdges += childStart[n + 1]! - childStart[n]!;
  let hashBits = 4;
  while (1 << hashBits < bigEdges * 2) hashBits++;
  const hashMask = (1 << hashBits) - 1;
  const hashShift = 32 - hashBits;
  // Each slot holds a child's number (0 = empty); the node's own child range and childChar confirm it, so
  // one 4-byte array does what (node, unit, child) triples did. A bit set in front of it, indexed by the same
  // hash, answers the usual question (no such child: random text rarely continues a term) in one read.
  const hashSlot = new Int32Array(1 << hashBits);
  const edgeBitsLog = hashBits + 3; // 16-32 bits per big edge, two of them set per edge: about 1 % false "maybe"
  const edgeBits = new Int32Array(1 << (edgeBitsLog - 5));
  const edgeShift = 32 - (edgeBitsLog - 5); // the hash's top bits pick the word
  for (let n = 1; n < nodeCount; n++) {
    if (!hashed(n)) continue;
    for (let at = childStart[n]!; at < childStart[n + 1]!; at++) {
      const mixed = Math.imul(n, 0x9e3779b1) ^ Math.imul(childChar[at]!, 0x85ebca6b);
      edgeBits[mixed >>> edgeShift]! |= edgeMask(mixed);
      let h = mixed >>> hashShift;
      while (hashSlot[h] !== 0) h = (h + 1) & hashMask;
      hashSlot[h] = at + 1;
    }
  }

  const childOf = childLookup(root, childStart, childChar, hashSlot, hashShift, hashMask, edgeBits, edgeShift, rootChildren);
  // 6. Failure and dictionary-suffix links, breadth first (which is node order, see 3: a node's failure target
  //    is shallower, so numbered and linked before it); hasOut marks nodes with any output on their chain.
  const fail = new Int32Array(nodeCount);
  const dict = new Int32Array(nodeCount).fill(-1);
  const hasOut = new Uint8Array(nodeCount);
  for (let node = 0; node < nodeCount; node++) {
    for (let at = childStart[node]!, end = childStart[node + 1]!; at < end; at++) {
      const target = at + 1;
      let ft = 0; // children of the root fail to the root
      if (node !== 0) {
        let f = fail[node]!;
        ft = childOf(f, childChar[at]!);
        while (ft === 0 && f !== 0) {
          f = fail[f]!;
          ft = childOf(f, childChar[at]!);
        }
      }
      fail[target] = ft;
      dict[target] = outStart[ft + 1]! > outStart[ft]! ? ft : dict[ft]!;
      hasOut[target] = outStart[target + 1]! > outStart[target]! || dict[target] !== -1 ? 1 : 0;
    }
  }
  const patternLength = new Int32Array(patterns.map((p) => p.length));
  const bytes = [root, childStart, childChar, hashSlot, edgeBits, fail, dict, hasOut, outStart, outList, patternLength].reduce((sum, a) => sum + a.byteLength, 0);
  return { childOf, fail, dict, hasOut, outStart, outList, patternLength, nodeCount, bytes, root, edgeBits, edgeShift, rootChildren };
}

export function buildAutomaton(patterns: string[]): Automaton {
  const { childOf, fail, dict, hasOut, outStart, outList, patternLength, nodeCount, bytes, root, edgeBits, edgeShift, rootChildren } = buildTables(patterns);
  let ringSize = 1;
  while (ringSize <= patternLength.reduce((m, n) => Math.max(m, n), 0)) ringSize <<= 1; // no spread: 200k terms
  const ring = new Int32Array(ringSize);
  const ringMask = ringSize - 1;

  /** One automaton step from `node` on unit `c` (failure links followed). */
  const step = (node: number, c: number): number => {
    for (;;) {
      const next = childOf(node, c);
      if (next !== 0 || node === 0) return next;
      node = fail[node]!;
    }
  };

  return {
    patternLength,
    nodeCount,
    bytes,
    scan(units, length, onMatch) {
      let node = 0;
      for (let i = 0; i < length; i++) {
        node = step(node, units[i]!);
        if (hasOut[node] === 0) continue;
        for (let o = node; o !== -1; o = dict[o]!) {
          for (let k = outStart[o]!, end = outStart[o + 1]!; k < end; k++) onMatch(outList[k]!, i + 1);
        }
      }
    },
    scanText(text, map, collapse, onMatch) {
      let node = 0;
      let last = -1;
      let pos = 0;
      let previousIsDigit = false; // was the previous non-noise unit a digit form?
      for (let i = 0, n = text.length; i < n; i++) {
        let c = map[text.charCodeAt(i)]!;
        if (c > LAST_DIGIT_FORM) previousIsDigit = false; // the common case: an ordinary unit
        else if (c === SKIP) continue;
        else if (c === CHECK_PAIR) {
          if (i + 1 < n && isIgnorablePair(text.charCodeAt(i), text.charCodeAt(i + 1))) {
            i++;
            continue;
          }
          c = text.charCodeAt(i); // an ordinary astral character
          previousIsDigit = false;
        } else {
          // A digit form folds when the previous or the next non-noise unit is one too (normalize.ts). Looking
          // ahead here, only at digit forms, keeps the loop above free of state for the units around them.
          c = previousIsDigit || nextIsDigitForm(text, i + 1, map) ? FOLDED_UNIT[c]! : PLAIN_UNIT[c]!;
          previousIsDigit = true;
        }
        if (collapse && c === last) continue;
        last = c;
        ring[pos & ringMask] = i;
        pos++;
        // Nearly every step starts at the root or one of its children (text rarely continues a term). A root
        // child fails to the root, so when the bit set says it has no child on c, the step is root[c]: two reads
        // instead of the general step's six. Anything else takes the general step.
        if (node <= rootChildren) {
          if (node !== 0) {
            const mixed = Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b);
            const mask = edgeMask(mixed);
            node = (edgeBits[mixed >>> edgeShift]! & mask) !== mask ? root[c]! : step(node, c);
          } else node = root[c]!;
        } else node = step(node, c);
        if (hasOut[node] === 0) continue;
        // The match ends at unit i (a high surrogate's pair is two units: include the low one).
        const end = i + 1 + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 1 : 0);
        for (let o = node; o !== -1; o = dict[o]!) {
          for (let k = outStart[o]!, stop = outStart[o + 1]!; k < stop; k++) {
            const p = outList[k]!;
            onMatch(p, ring[(pos - patternLength[p]!) & ringMask]!, end);
          }
        }
      }
    },
  };
}
