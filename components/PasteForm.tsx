import { useEffect, useRef, useState } from 'preact/hooks';
import { fill, formatNumber, ui } from '../lib/i18n/locale';
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
    if (!issue) onSubmit(value, ui().paste.pasted);
  };

  const readFile = async (file: File) => {
    const issue = checkInputSize(file.size, 'file');
    setProblem(issue);
    if (issue) return;
    onSubmit(new Uint8Array(await file.arrayBuffer()), file.name);
  };

  const w = ui().paste;
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
      <label for="bounce-text">{w.label}</label>
      <textarea
        id="bounce-text"
        name="bounce-text"
        rows={7}
        spellcheck={false}
        placeholder={w.placeholder}
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
          {busy ? w.analyzing : w.analyze}
        </button>
        <button type="button" class="bd-secondary" onClick={() => fileInput.current?.click()}>
          {w.openFile}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".eml,message/rfc822,text/plain"
          hidden
          aria-label={w.chooseFile}
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
      <p class="bd-hint">{fill(w.hint, { mb: formatNumber(MAX_PASTE_BYTES / 1024 / 1024) })}</p>
    </form>
  );
}
