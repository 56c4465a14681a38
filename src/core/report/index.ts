/** Text for support: the Markdown support report and the cURL command, both redacted. */
export { supportReport, codeSpan, type SupportReportInput } from './supportReport';
export { toCurl, shellQuote, type CurlInput } from './curl';
export { harRequestBody } from './harRequest';
export { REPORT_TEXTS } from './reportTexts';
