/**
 * What a tamper-evidence check reports, the same words for 校验 of an export file (utils/export/chain.ts,
 * verify-file.ts) and of the database (utils/store/verify.ts): a row that was edited, removed, inserted or
 * reordered, or a chain end that does not match its manifest or head.
 */

/**
 * A verification finding. `code` names the finding for the UI's locale table (i18n key `verify.problem.<code>`);
 * the numbers fill its placeholders: `row` is a 1-based file row, `seq`..`to` a sequence range.
 */
export type ProblemCode =
  | 'noChainInfo'
  | 'seqOutOfRange'
  | 'duplicateSeq'
  | 'edited'
  | 'unlinked'
  | 'reordered'
  | 'swapped'
  | 'removed'
  | 'formulaCell'
  | 'lastHash'
  | 'noManifest'
  | 'unchainedRows'
  | 'beyondHead';

export interface Problem {
  type: 'edited' | 'removed' | 'inserted' | 'reordered' | 'manifest' | 'formula';
  code: ProblemCode;
  seq?: number;
  to?: number;
  row?: number;
  after?: number;
  count?: number;
  table?: 'messages' | 'log';
  /** The column label of a cell (formulaCell). */
  column?: string;
}
