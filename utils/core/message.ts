/**
 * What the pure core says to a person, as a code and its values; the UI words it in the user's language
 * (utils/i18n/messages/issues.ts, key `issue.<code>`). The core never holds UI text.
 */
export type IssueCode =
  // JSON schema
  | 'const'
  | 'enum'
  | 'type'
  | 'minLength'
  | 'maxLength'
  | 'pattern'
  | 'minimum'
  | 'maximum'
  | 'minItems'
  | 'maxItems'
  | 'duplicate'
  | 'required'
  | 'unknownField'
  // policy file and cross-field rules
  | 'fileTooLarge'
  | 'jsonSyntaxAt'
  | 'jsonSyntax'
  | 'maxTextZero'
  | 'timeZone'
  | 'groupPatternRequired'
  | 'minAboveMax'
  | 'badDate'
  | 'reservedKey'
  | 'newerVersion'
  // regular expressions and templates
  | 'regexTooLong'
  | 'regexSyntax'
  | 'regexUnsupported'
  | 'regexTooComplex'
  | 'templateUnknownField'
  | 'templateNoName'
  // roster files
  | 'rosterNoNameColumn'
  | 'rosterNoDepartmentColumn'
  | 'rosterEmptyName'
  | 'rosterNameTooLong'
  | 'rosterEmptyDepartment'
  | 'rosterDepartmentTooLong'
  | 'rosterDuplicate'
  | 'rosterNoRows'
  | 'csvSyntax'
  | 'fileTooLargeMb'
  | 'fileEmpty'
  | 'notUtf8'
  | 'xlsxUnreadable'
  | 'xlsxNoWorkbook'
  | 'xlsxNoSheet';

export interface CoreMessage {
  code: IssueCode;
  params?: Record<string, string | number>;
}

export const message = (code: IssueCode, params?: CoreMessage['params']): CoreMessage => (params ? { code, params } : { code });
