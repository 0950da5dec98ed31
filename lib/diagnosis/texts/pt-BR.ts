import type { DeepPartial } from '../../i18n/catalog';
import type { Knowledge } from './catalog';

export const PT_BR: DeepPartial<Knowledge> = {};
