export { annotationCommand } from '../report/github.js';
export { formatReport, FORMAT_NAMES, type FormatName, type ReportInput } from '../report/index.js';
