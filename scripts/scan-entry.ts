// Bundled by scripts/scan.mjs: the same detector and policy parser the extension uses.
export { compileDetector } from '../utils/core/detector/detector';
export { parsePolicyText } from '../utils/core/policy/parse';
export { defaultPolicy } from '../utils/core/policy/model';
