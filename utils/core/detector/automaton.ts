/**
 * Aho-Corasick over UTF-16 code units, in flat typed arrays:
 * - the trie is built from the patterns sorted by code unit, straight into CSR arrays (children of a node are
 *   contiguous and sorted), with no per-node objects — fast to build and small in memory;
 * - the root has a direct 65,536-entry table; other nodes are searched linearly when small, binarily otherwise;
 * - failure links plus "dictionary suffix" links report every occurrence (overlapping ones included) in
 *   O(text + matches); a per-node flag skips output work on the vast majority of steps.
 */
import { CHECK_PAIR, FOLDED_UNIT, isIgnorablePair, LAST_DIGIT_FORM, PLAIN_UNIT } from './normalize';

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

/** Children counts up to this are scanned linearly; larger nodes use the hash. */
const SMALL = 6;

const compareUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0); // JS string order = UTF-16 unit order

interface Tables {
  root: Int32Array;
  childStart: Int32Array;
  childChar: Uint16Array;
  childNode: Int32Array;
  fail: Int32Array;
  dict: Int32Array;
  hasOut: Uint8Array;
  outStart: Int32Array;
  outList: Int32Array;
  patternLength: Int32Array;
  hashNode: Int32Array;
  hashChar: Uint16Array;
  hashChild: Int32Array;
  hashShift: number;
  hashMask: number;
  nodeCount: number;
}

/**
 * All build-time work happens here, so its temporaries (edge lists, the sorted order, the pattern strings) are
 * not kept alive by the scan closures' context.
 */
function buildTables(patterns: string[]): Tables {
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

  // 2. CSR children (counting sort by parent keeps each parent's chars sorted).
  const childStart = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edges; e++) childStart[edgeParent[e]! + 1]!++;
  for (let n = 0; n < nodeCount; n++) childStart[n + 1]! += childStart[n]!;
  const fill = childStart.slice(0, nodeCount);
  const childChar = new Uint16Array(edges);
  const childNode = new Int32Array(edges);
  for (let e = 0; e < edges; e++) {
    const at = fill[edgeParent[e]!]!++;
    childChar[at] = edgeChar[e]!;
    childNode[at] = e + 1;
  }
  const root = new Int32Array(65536);
  for (let at = childStart[0]!; at < childStart[1]!; at++) root[childChar[at]!] = childNode[at]!;

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

  // 3. Terminal lists (several patterns may normalise to the same string).
  const outCount = new Int32Array(nodeCount + 1);
  for (let k = 0; k < order.length; k++) outCount[terminalOf[k]! + 1]!++;
  for (let n = 0; n < nodeCount; n++) outCount[n + 1]! += outCount[n]!;
  const outStart = outCount;
  const outFill = outStart.slice(0, nodeCount);
  const outList = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) outList[outFill[terminalOf[k]!]!++] = order[k]!;

  // 4. Failure and dictionary-suffix links, breadth first; hasOut marks nodes with any output on their chain.
  const fail = new Int32Array(nodeCount);
  const dict = new Int32Array(nodeCount).fill(-1);
  const hasOut = new Uint8Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  let head = 0;
  let tail = 0;
  for (let at = childStart[0]!; at < childStart[1]!; at++) {
    const target = childNode[at]!;
    queue[tail++] = target;
    hasOut[target] = outStart[target + 1]! > outStart[target]! ? 1 : 0;
  }
  while (head < tail) {
    const node = queue[head++]!;
    for (let at = childStart[node]!, end = childStart[node + 1]!; at < end; at++) {
      const c = childChar[at]!;
      const target = childNode[at]!;
      let f = fail[node]!;
      let ft = child(f, c);
      while (ft === 0 && f !== 0) {
        f = fail[f]!;
        ft = child(f, c);
      }
      fail[target] = ft;
      dict[target] = outStart[ft + 1]! > outStart[ft]! ? ft : dict[ft]!;
      hasOut[target] = outStart[target + 1]! > outStart[target]! || dict[target] !== -1 ? 1 : 0;
      queue[tail++] = target;
    }
  }
  // 5. Nodes with many children (the hot ones right below the root) get an open-addressing hash of
  //    (node, unit) -> child instead of a binary search; small nodes keep a linear scan.
  let bigEdges = 0;
  for (let n = 1; n < nodeCount; n++) if (childStart[n + 1]! - childStart[n]! > SMALL) bigEdges += childStart[n + 1]! - childStart[n]!;
  let hashBits = 4;
  while (1 << hashBits < bigEdges * 2) hashBits++;
  const hashMask = (1 << hashBits) - 1;
  const hashShift = 32 - hashBits;
  const hashNode = new Int32Array(1 << hashBits); // 0 = empty (the root never goes in the hash)
  const hashChar = new Uint16Array(1 << hashBits);
  const hashChild = new Int32Array(1 << hashBits);
  for (let n = 1; n < nodeCount; n++) {
    if (childStart[n + 1]! - childStart[n]! <= SMALL) continue;
    for (let at = childStart[n]!; at < childStart[n + 1]!; at++) {
      let h = (Math.imul(n, 0x9e3779b1) ^ Math.imul(childChar[at]!, 0x85ebca6b)) >>> hashShift;
      while (hashNode[h] !== 0) h = (h + 1) & hashMask;
      hashNode[h] = n;
      hashChar[h] = childChar[at]!;
      hashChild[h] = childNode[at]!;
    }
  }

  return { root, childStart, childChar, childNode, fail, dict, hasOut, outStart, outList, patternLength: new Int32Array(patterns.map((p) => p.length)), hashNode, hashChar, hashChild, hashShift, hashMask, nodeCount };
}

export function buildAutomaton(patterns: string[]): Automaton {
  const { root, childStart, childChar, childNode, fail, dict, hasOut, outStart, outList, patternLength, hashNode, hashChar, hashChild, hashShift, hashMask, nodeCount } = buildTables(patterns);
  let ringSize = 1;
  while (ringSize <= patternLength.reduce((m, n) => Math.max(m, n), 0)) ringSize <<= 1; // no spread: 200k terms
  const ring = new Int32Array(ringSize);
  const ringMask = ringSize - 1;

  /** One automaton step from `node` on unit `c` (failure links followed). */
  const step = (node: number, c: number): number => {
    for (;;) {
      if (node === 0) return root[c]!;
      let lo = childStart[node]!;
      const end = childStart[node + 1]!;
      if (end - lo <= SMALL) {
        for (; lo < end; lo++) if (childChar[lo] === c) return childNode[lo]!;
      } else {
        let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> hashShift;
        for (let probe = hashNode[h]!; probe !== 0; probe = hashNode[h]!) {
          if (probe === node && hashChar[h] === c) return hashChild[h]!;
          h = (h + 1) & hashMask;
        }
      }
      node = fail[node]!;
    }
  };

  return {
    patternLength,
    nodeCount,
    bytes: hashNode.byteLength + hashChar.byteLength + hashChild.byteLength + root.byteLength + childStart.byteLength + childChar.byteLength + childNode.byteLength + fail.byteLength + dict.byteLength + hasOut.byteLength + outStart.byteLength + outList.byteLength + patternLength.byteLength,
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
      // A digit form whose left neighbour is not one waits here until the next non-noise unit says whether it
      // is part of a number (see normalize.ts); at most one unit waits at a time.
      let pendingValue = 0;
      let pendingAt = -1;
      let previousIsDigit = false;
      for (let i = 0, n = text.length; ; i++) {
        let c: number;
        if (i < n) {
          c = map[text.charCodeAt(i)]!;
          if (c === 0) continue;
        } else if (pendingAt >= 0) c = 0xffff; // end of text: a non-digit neighbour settles the waiting unit
        else break;
        let at = i;
        if (c > LAST_DIGIT_FORM && pendingAt < 0) {
          previousIsDigit = false; // the common case: an ordinary unit, nothing waiting
        } else {
          if (c === CHECK_PAIR) {
            const low = i + 1 < n ? text.charCodeAt(i + 1) : 0;
            if (isIgnorablePair(text.charCodeAt(i), low)) {
              i++;
              continue;
            }
            c = text.charCodeAt(i); // an ordinary astral character
          }
          const digitForm = c <= LAST_DIGIT_FORM;
          if (pendingAt >= 0) {
            // Settle the waiting unit by this neighbour, emit it, and look at this unit again next turn.
            c = digitForm ? FOLDED_UNIT[pendingValue]! : PLAIN_UNIT[pendingValue]!;
            at = pendingAt;
            pendingAt = -1;
            i--;
          } else if (!digitForm) {
            previousIsDigit = false;
          } else if (previousIsDigit) {
            c = FOLDED_UNIT[c]!;
          } else {
            pendingValue = c;
            pendingAt = i;
            previousIsDigit = true;
            continue;
          }
        }
        if (collapse && c === last) continue;
        last = c;
        ring[pos & ringMask] = at;
        pos++;
        node = step(node, c);
        if (hasOut[node] === 0) continue;
        // The match ends at original unit `at` (a high surrogate's pair is two units: include the low one).
        const end = at + 1 + (c >= 0xd800 && c <= 0xdbff && at + 1 < n ? 1 : 0);
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
