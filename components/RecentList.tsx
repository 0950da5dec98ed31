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
      <h2 id="bd-recent-title">Recent analyses</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" class="bd-link" onClick={() => onOpen(item)}>
              {item.title}
            </button>
            <span class="bd-hint"> {new Date(item.at).toLocaleString()}</span>
          </li>
        ))}
      </ul>
      <button type="button" class="bd-secondary" onClick={onClear}>
        Clear history
      </button>
    </section>
  );
}
