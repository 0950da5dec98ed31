/** The words of the popup, report and their shared components are in lib/i18n/ui (one file per language); `fill` fills them. */
export { fill } from '../i18n/locale';
