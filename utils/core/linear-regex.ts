/**
 * A linear-time matcher for admin-written patterns (group names, nickname rules, ignored chats…).
 *
 * Why not the browser's RegExp: it backtracks, so `(a|a)+$` against 37 `a`s and a `!` takes seconds and freezes
 * the chat page. Why not re2js: it adds ~46 KB gzip to the content script (its Unicode tables), most of the
 * script's whole 60 KB budget. This file compiles to a Thompson NFA and runs it as a lazily built DFA
 * (RE2's approach, without captures): time is O(pattern size × input length) whatever the pattern, because a
 * step holds each instruction at most once, and once warm a character costs one cached transition.
 *
 * Syntax is the browser's `u` mode, checked by the browser first, so every accepted pattern means what it meant
 * before. Single characters (literals, `.`, `[…]`, `\d \w \s`, `\p{…}`, case folding) are decided by the
 * browser's own RegExp on that one character — exact semantics, constant time — and memoised per character.
 * Structure (sequence, `|`, groups, `* + ? {n,m}`, `^ $ \b \B`) is ours. Not supported, because no linear
 * engine can run them: back-references (`\1`, `\k<x>`) and lookaround (`(?=`, `(?!`, `(?<=`, `(?<!`).
 */

export type LinearRegexProblem =
  | { kind: 'syntax' }
  | { kind: 'unsupported'; snippet: string }
  | { kind: 'tooComplex' };

export interface LinearRegex {
  readonly source: string;
  /** True when the pattern matches somewhere in `input` (like RegExp.prototype.test without the `g` flag). */
  test(input: string): boolean;
}

/** Program size bound: `(a{50}){50}` expands to 2,500 steps; beyond this the pattern is "too complex". */
export const MAX_PROGRAM_SIZE = 4000;

// ---- parse: source -> tree -------------------------------------------------------------------------------

type Assertion = 'start' | 'end' | 'word' | 'notWord';
type Node =
  | { t: 'char'; source: string }
  | { t: 'assert'; kind: Assertion }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'repeat'; node: Node; min: number; max: number }; // max = Infinity for * + {n,}

class Unsupported extends Error {
  constructor(readonly snippet: string) {
    super(snippet);
  }
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new SyntaxError('unbalanced )'); // the browser accepted it: cannot happen
    return node;
  }

  private peek(offset = 0): string {
    return this.src[this.i + offset] ?? '';
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom; // u mode rejects a lone {, so this is not reached for accepted patterns
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.peek() === '?') this.i++; // lazy: same answer for test()
    return this.quantified({ t: 'repeat', node: atom, min, max });
  }

  private atom(): Node {
    const c = this.peek();
    if (c === '(') return this.group();
    if (c === '^') return this.i++, { t: 'assert', kind: 'start' };
    if (c === '$') return this.i++, { t: 'assert', kind: 'end' };
    if (c === '.') return this.i++, { t: 'char', source: '.' };
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    const cp = this.src.codePointAt(this.i)!;
    const text = String.fromCodePoint(cp);
    this.i += text.length;
    return { t: 'char', source: text };
  }

  private group(): Node {
    const start = this.i;
    this.i++; // (
    if (this.peek() === '?') {
      const head = this.src.slice(this.i, this.i + 3);
      if (head.startsWith('?:')) this.i += 2;
      else if (head === '?<=' || head === '?<!' || head.startsWith('?=') || head.startsWith('?!')) {
        throw new Unsupported(this.src.slice(start, start + (head.startsWith('?<') ? 4 : 3)));
      } else if (head.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1; // named group
      else throw new Unsupported(this.src.slice(start, start + 3)); // modifiers such as (?i:
    }
    const inner = this.alternation();
    this.i++; // )
    return inner;
  }

  private charClass(): Node {
    const start = this.i;
    this.i++;
    if (this.peek() === '^') this.i++;
    while (this.i < this.src.length && this.peek() !== ']') this.i += this.peek() === '\\' ? 2 : 1;
    this.i++;
    return { t: 'char', source: this.src.slice(start, this.i) };
  }

  private escape(): Node {
    const start = this.i;
    const c = this.peek(1);
    if (/[1-9]/.test(c) || c === 'k') throw new Unsupported(this.src.slice(start, start + 2));
    if (c === 'b') return (this.i += 2), { t: 'assert', kind: 'word' };
    if (c === 'B') return (this.i += 2), { t: 'assert', kind: 'notWord' };
    if (c === 'p' || c === 'P') this.i = this.src.indexOf('}', this.i) + 1;
    else if (c === 'u' && this.peek(2) === '{') this.i = this.src.indexOf('}', this.i) + 1;
    else if (c === 'u') this.i += /^\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}/.test(this.src.slice(this.i)) ? 12 : 6; // a surrogate pair is one character
    else if (c === 'x') this.i += 4;
    else if (c === 'c') this.i += 3;
    else this.i += 2;
    return { t: 'char', source: this.src.slice(start, this.i) }; // \d \p{Han} \. \n \u4e00: one character each
  }
}

// ---- compile: tree -> program ---------------------------------------------------------------------------

const CHAR = 0;
const SPLIT = 1;
const JMP = 2;
const ASSERT = 3;
const MATCH = 4;

/** One character test: the browser's RegExp on a single character, memoised (ASCII in a table, others in a map). */
class CharTest {
  private readonly ascii = new Uint8Array(128); // 0 unknown, 1 no, 2 yes
  private readonly other = new Map<number, boolean>();
  private readonly re: RegExp;
  constructor(source: string, flags: string) {
    this.re = new RegExp(`^(?:${source})$`, flags);
  }
  matches(cp: number): boolean {
    if (cp < 128) {
      const known = this.ascii[cp]!;
      if (known) return known === 2;
      const yes = this.re.test(String.fromCharCode(cp));
      this.ascii[cp] = yes ? 2 : 1;
      return yes;
    }
    let yes = this.other.get(cp);
    if (yes === undefined) {
      yes = this.re.test(String.fromCodePoint(cp));
      if (this.other.size > 4096) this.other.clear(); // a bound for very mixed inputs, not a working set
      this.other.set(cp, yes);
    }
    return yes;
  }
}

interface Program {
  op: number[];
  /** CHAR: index into tests; SPLIT/JMP: first target; ASSERT: assertion index. */
  a: number[];
  /** SPLIT: second target. */
  b: number[];
  tests: CharTest[];
}

const ASSERTIONS: Assertion[] = ['start', 'end', 'word', 'notWord'];

class TooComplex extends Error {}

class Compiler {
  readonly prog: Program = { op: [], a: [], b: [], tests: [] };
  private readonly testsBySource = new Map<string, number>();
  constructor(private readonly flags: string) {}

  private emit(op: number, a = 0, b = 0): number {
    if (this.prog.op.length >= MAX_PROGRAM_SIZE) throw new TooComplex();
    this.prog.op.push(op);
    this.prog.a.push(a);
    this.prog.b.push(b);
    return this.prog.op.length - 1;
  }

  private test(source: string): number {
    let index = this.testsBySource.get(source);
    if (index === undefined) {
      index = this.prog.tests.push(new CharTest(source, this.flags)) - 1;
      this.testsBySource.set(source, index);
    }
    return index;
  }

  node(n: Node): void {
    switch (n.t) {
      case 'char':
        this.emit(CHAR, this.test(n.source));
        return;
      case 'assert':
        this.emit(ASSERT, ASSERTIONS.indexOf(n.kind));
        return;
      case 'seq':
        n.items.forEach((item) => this.node(item));
        return;
      case 'alt': {
        // split L1, next; L1: option; jmp end; next: split … — the last option needs no split.
        const jumps: number[] = [];
        n.options.forEach((option, k) => {
          const last = k === n.options.length - 1;
          const split = last ? -1 : this.emit(SPLIT);
          if (!last) this.prog.a[split] = split + 1;
          this.node(option);
          if (!last) {
            jumps.push(this.emit(JMP));
            this.prog.b[split] = this.prog.op.length;
          }
        });
        jumps.forEach((j) => (this.prog.a[j] = this.prog.op.length));
        return;
      }
      case 'repeat': {
        for (let k = 0; k < n.min; k++) this.node(n.node);
        if (n.max === Infinity) {
          // L: split body, end; body; jmp L
          const split = this.emit(SPLIT, 0, 0);
          this.prog.a[split] = split + 1;
          this.node(n.node);
          this.emit(JMP, split);
          this.prog.b[split] = this.prog.op.length;
        } else {
          // (x(x(x)?)?)? : every optional copy skips to the end.
          const splits: number[] = [];
          for (let k = n.min; k < n.max; k++) {
            const split = this.emit(SPLIT);
            this.prog.a[split] = split + 1;
            splits.push(split);
            this.node(n.node);
          }
          splits.forEach((s) => (this.prog.b[s] = this.prog.op.length));
        }
        return;
      }
    }
  }
}

// ---- run: a lazily built DFA over NFA states -------------------------------------------------------------

const isWordCp = (cp: number) => (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95;
/** What came before a position: nothing (input start), a word character, another character. */
const Before = { Start: 0, Word: 1, Other: 2 } as const;
type Before = (typeof Before)[keyof typeof Before];
const beforeOf = (cp: number): Before => (isWordCp(cp) ? Before.Word : Before.Other);

/**
 * A DFA state: the NFA instructions alive between two characters (CHAR waiting for the next character, ASSERT
 * waiting to see it) and what came before. Transitions are computed on first use and cached, so a long input
 * costs one map lookup per character once warm; a cache miss costs O(program size). Both bounds are linear.
 */
interface State {
  pcs: Int32Array;
  before: Before;
  next: Map<number, State | typeof MATCHED>;
  atEnd?: boolean;
}
const MATCHED = 1;
/** Cache bound (states): past it the cache restarts, which keeps memory bounded and time linear. */
const MAX_STATES = 2000;

class LazyDfa implements LinearRegex {
  private readonly mark: Uint32Array;
  private generation = 0;
  private readonly stack: Int32Array;
  private states = new Map<string, State>();
  private start: State;

  constructor(
    readonly source: string,
    private readonly prog: Program,
  ) {
    const size = prog.op.length;
    this.mark = new Uint32Array(size);
    this.stack = new Int32Array(size * 2 + 2);
    this.start = this.intern([], Before.Start);
  }

  private intern(pcs: number[], before: Before): State {
    pcs.sort((x, y) => x - y);
    const key = `${before}:${pcs.join(',')}`;
    let state = this.states.get(key);
    if (!state) {
      if (this.states.size >= MAX_STATES) this.states = new Map(); // old states stay valid, just uncached
      state = { pcs: Int32Array.from(pcs), before, next: new Map() };
      this.states.set(key, state);
    }
    return state;
  }

  private nextGeneration(): void {
    if (++this.generation === 0xffffffff) {
      this.mark.fill(0);
      this.generation = 1;
    }
  }

  /**
   * Follow JMP/SPLIT from `pc`, collecting CHAR instructions into `out`. With `cur` known (≠ undefined), ASSERTs
   * are decided between `before` and `cur`; without it they are kept in `out` for the next step. True when MATCH
   * is reachable: test() needs nothing more.
   */
  private follow(pc: number, out: number[], before: Before, cur: number | undefined): boolean {
    const { op, a, b } = this.prog;
    let sp = 0;
    this.stack[sp++] = pc;
    while (sp) {
      const at = this.stack[--sp]!;
      if (this.mark[at] === this.generation) continue;
      this.mark[at] = this.generation;
      const code = op[at];
      if (code === CHAR) out.push(at);
      else if (code === MATCH) return true;
      else if (code === JMP) this.stack[sp++] = a[at]!;
      else if (code === SPLIT) {
        this.stack[sp++] = b[at]!;
        this.stack[sp++] = a[at]!;
      } else if (cur === undefined) out.push(at);
      else {
        const kind = a[at]!;
        const boundary = (before === Before.Word) !== (cur !== -1 && isWordCp(cur));
        const holds = kind === 0 ? before === Before.Start : kind === 1 ? cur === -1 : kind === 2 ? boundary : !boundary;
        if (holds) this.stack[sp++] = at + 1;
      }
    }
    return false;
  }

  /** The state after reading `cur` (-1 = the end of the input) from `state`, or MATCHED. */
  private step(state: State, cur: number): State | typeof MATCHED | null {
    // 1. At this position: pending assertions decided, and a new attempt starts here (unanchored search).
    this.nextGeneration();
    const waiting: number[] = [];
    for (const pc of state.pcs) if (this.follow(pc, waiting, state.before, cur)) return MATCHED;
    if (this.follow(0, waiting, state.before, cur)) return MATCHED;
    if (cur === -1) return null;
    // 2. Consume `cur`.
    this.nextGeneration();
    const { a, tests } = this.prog;
    const after: number[] = [];
    for (const pc of waiting) {
      if (tests[a[pc]!]!.matches(cur) && this.follow(pc + 1, after, Before.Other, undefined)) return MATCHED;
    }
    return this.intern(after, beforeOf(cur));
  }

  test(input: string): boolean {
    let state = this.start;
    for (let pos = 0; pos < input.length; ) {
      const cur = input.codePointAt(pos)!;
      pos += cur > 0xffff ? 2 : 1;
      let next = state.next.get(cur);
      if (next === undefined) {
        next = this.step(state, cur) as State | typeof MATCHED;
        state.next.set(cur, next);
      }
      if (next === MATCHED) return true;
      state = next;
    }
    state.atEnd ??= this.step(state, -1) === MATCHED;
    return state.atEnd;
  }
}

/**
 * Compile `source` (browser `u`-mode syntax; `flags` may add `i`). Returns the matcher, or why it cannot run:
 * a syntax error, a construct no linear engine runs (with the snippet), or a program beyond MAX_PROGRAM_SIZE.
 */
export function compileLinear(source: string, flags = ''): LinearRegex | LinearRegexProblem {
  const nativeFlags = `u${flags.includes('i') ? 'i' : ''}`;
  try {
    new RegExp(source, nativeFlags); // compiling never runs the pattern: safe, and it is the syntax the admin knows
  } catch {
    return { kind: 'syntax' };
  }
  try {
    const tree = new Parser(source).parse();
    const compiler = new Compiler(nativeFlags);
    compiler.node(tree);
    compiler.prog.op.push(MATCH);
    compiler.prog.a.push(0);
    compiler.prog.b.push(0);
    return new LazyDfa(source, compiler.prog);
  } catch (error) {
    if (error instanceof Unsupported) return { kind: 'unsupported', snippet: error.snippet };
    if (error instanceof TooComplex) return { kind: 'tooComplex' };
    return { kind: 'syntax' };
  }
}

export function isLinearRegex(value: LinearRegex | LinearRegexProblem): value is LinearRegex {
  return 'test' in value;
}
