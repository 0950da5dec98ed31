import type { DeepPartial } from '../../i18n/catalog';
import type { Knowledge } from './catalog';

export const JA: DeepPartial<Knowledge> = {};
