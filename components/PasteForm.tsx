import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_PASTE_BYTES, checkInputSize } from '../lib/popup/analyze';

interface Props {
  initialText: string;
  busy: boolean;
  onSubmit: (input: string | Uint8Array, label: string) => void;
}

/** The paste area, the Analyze button, and .eml file choosing or dropping. */
export function PasteForm({ initialText, busy, onSubmit }: Props) {
  const [text, setText] = useState(initialText);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => setText(initialText), [initialText]);

  const submitText = (value: string) => {
    const issue = checkInputSize(value.length, 'text');
    setProblem(issue);
    if (!issue) onSubmit(value, 'Pasted text');
  };

  const readFile = async (file: File) => {
    const issue = checkInputSize(file.size, 'file');
    setProblem(issue);
    if (issue) return;
    onSubmit(new Uint8Array(await file.arrayBuffer()), file.name);
  };

  return (
    <form
      class="bd-paste"
      onSubmit={(e) => {
        e.preventDefault();
        submitText(text);
      }}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const file = e.dataTransfer?.files[0];
        if (file) void readFile(file);
      }}
    >
      <label for="bounce-text">Bounce text</label>
      <textarea
        id="bounce-text"
        name="bounce-text"
        rows={7}
        spellcheck={false}
        placeholder="Paste the bounce message, a single server reply, or a log line"
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        onPaste={(e) => {
          const pasted = e.clipboardData?.getData('text/plain');
          if (pasted && text.trim() === '') {
            setText(pasted);
            e.preventDefault();
            submitText(pasted);
          }
        }}
      />
      <div class="bd-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Analyzing…' : 'Analyze'}
        </button>
        <button type="button" class="bd-secondary" onClick={() => fileInput.current?.click()}>
          Open .eml file
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".eml,message/rfc822,text/plain"
          hidden
          aria-label="Choose a .eml file"
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void readFile(file);
          }}
        />
      </div>
      {problem && (
        <p class="bd-problem" role="alert">
          {problem}
        </p>
      )}
      <p class="bd-hint">Up to {MAX_PASTE_BYTES / 1024 / 1024} MB. You can also drop a .eml file here.</p>
    </form>
  );
}
