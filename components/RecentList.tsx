import { formatDate, ui } from '../lib/i18n/locale';
import type { HistoryItem } from '../lib/pages/store';

interface Props {
  items: HistoryItem[];
  onOpen(item: HistoryItem): void;
  onClear(): void;
}

/** The last analyses (diagnosis and reply excerpt only), each reopenable. */
export function RecentList({ items, onOpen, onClear }: Props) {
  if (items.length === 0) return null;
  return (
    <section class="bd-recent" aria-labelledby="bd-recent-title">
      <h2 id="bd-recent-title">{ui().recent.title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" class="bd-link" onClick={() => onOpen(item)}>
              {item.title}
            </button>
            <span class="bd-hint"> {formatDate(item.at)}</span>
          </li>
        ))}
      </ul>
      <button type="button" class="bd-secondary" onClick={onClear}>
        {ui().recent.clear}
      </button>
    </section>
  );
}
